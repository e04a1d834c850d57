package com.finflow.localstack.openfinance;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * The customer a valid CPF stands for at the sandbox institution: two to four BRL accounts, each
 * with 150 to 400 transactions over the twelve months before {@code today}. Everything is drawn
 * from a generator seeded with the CPF, so a CPF has the same accounts, ids, amounts and parties on
 * every call and every run; dates count back from {@code today}, so they move with the calendar.
 */
record SandboxCustomer(Cpf cpf, List<SandboxAccount> accounts) {

  private static final String COMPE_CODE = "999";
  private static final String[] FIRST_NAMES = {
    "Ana",
    "Bruno",
    "Carla",
    "Diego",
    "Eduarda",
    "Felipe",
    "Gabriela",
    "Henrique",
    "Isabela",
    "João",
    "Larissa",
    "Marcos",
    "Natália",
    "Otávio",
    "Paula",
    "Rafael"
  };
  private static final String[] LAST_NAMES = {
    "Silva",
    "Santos",
    "Oliveira",
    "Souza",
    "Lima",
    "Pereira",
    "Costa",
    "Ferreira",
    "Almeida",
    "Ribeiro",
    "Carvalho",
    "Gomes"
  };
  private static final String[] MERCHANTS = {
    "SUPERMERCADO BOM PRECO",
    "POSTO IPIRANGA",
    "FARMACIA PAGUE MENOS",
    "PADARIA PAO DOURADO",
    "RESTAURANTE SABOR MINEIRO",
    "LOJAS AMERICANAS",
    "UBER DO BRASIL",
    "IFOOD"
  };
  private static final String[] BILLERS = {
    "ENEL DISTRIBUICAO",
    "SABESP",
    "VIVO TELEFONICA",
    "CONDOMINIO EDIFICIO SOL",
    "ESCOLA NOVO SABER",
    "NET CLARO"
  };
  private static final String[] EMPLOYERS = {
    "TECNOLOGIA AVANCADA LTDA", "COMERCIAL NORDESTE SA", "INDUSTRIA PAULISTA LTDA"
  };

  SandboxCustomer {
    accounts = List.copyOf(accounts);
  }

  static SandboxCustomer of(Cpf cpf, LocalDate today) {
    RandomGenerator random = randomOf(cpf);
    return of(cpf, today, random, 2 + random.nextInt(3));
  }

  /** The customer with {@code accountCount} accounts, drawn as {@link #of(Cpf, LocalDate)} does. */
  static SandboxCustomer of(Cpf cpf, LocalDate today, int accountCount) {
    RandomGenerator random = randomOf(cpf);
    random.nextInt(3);
    return of(cpf, today, random, accountCount);
  }

  private static RandomGenerator randomOf(Cpf cpf) {
    return RandomGeneratorFactory.of("L64X128MixRandom")
        .create(Long.parseLong(cpf.digits()) * 0x9E3779B97F4A7C15L);
  }

  private static SandboxCustomer of(
      Cpf cpf, LocalDate today, RandomGenerator random, int accountCount) {
    List<SandboxAccount> accounts = new ArrayList<>();
    for (int index = 0; index < accountCount; index++) {
      accounts.add(account(cpf, index, random, today));
    }
    return new SandboxCustomer(cpf, accounts);
  }

  Optional<SandboxAccount> account(String accountId) {
    return accounts.stream().filter(account -> account.accountId().equals(accountId)).findFirst();
  }

  private static SandboxAccount account(
      Cpf cpf, int index, RandomGenerator random, LocalDate today) {
    AccountType type =
        index == 0
            ? AccountType.CONTA_DEPOSITO_A_VISTA
            : AccountType.values()[random.nextInt(AccountType.values().length)];
    String accountId = nameUuid("account:" + cpf.digits() + ":" + index);
    Optional<String> branch =
        type == AccountType.CONTA_PAGAMENTO_PRE_PAGA
            ? Optional.empty()
            : Optional.of(String.format(java.util.Locale.ROOT, "%04d", 1 + random.nextInt(9999)));
    String number = String.valueOf(10_000_000 + random.nextInt(90_000_000));
    String checkDigit = String.valueOf(random.nextInt(10));

    int count = 150 + random.nextInt(251);
    List<AccountTransaction> transactions = new ArrayList<>();
    BrlAmount net = BrlAmount.ZERO;
    for (int i = 0; i < count; i++) {
      AccountTransaction transaction = transaction(accountId, i, random, today);
      transactions.add(transaction);
      net = transaction.credit() ? net.plus(transaction.amount()) : net.minus(transaction.amount());
    }
    transactions.sort(
        Comparator.comparing(AccountTransaction::dateTime)
            .reversed()
            .thenComparing(AccountTransaction::transactionId));

    BrlAmount opening = BrlAmount.ofCents(500_000 + random.nextLong(5_000_000));
    BrlAmount available = opening.plus(net);
    BrlAmount blocked =
        random.nextInt(4) == 0 ? BrlAmount.ofCents(random.nextLong(50_000)) : BrlAmount.ZERO;
    BrlAmount invested =
        type == AccountType.CONTA_DEPOSITO_A_VISTA
            ? available.plus(BrlAmount.ofCents(random.nextLong(1_000_000)))
            : BrlAmount.ZERO;
    Instant updated = today.atStartOfDay(ZoneOffset.UTC).toInstant();
    return new SandboxAccount(
        accountId,
        type,
        COMPE_CODE,
        branch,
        number,
        checkDigit,
        available,
        blocked,
        invested,
        updated,
        transactions);
  }

  private static AccountTransaction transaction(
      String accountId, int index, RandomGenerator random, LocalDate today) {
    // From yesterday back to 364 days ago: every transaction is booked, and inside a 12-month
    // window ending today.
    LocalDate day = today.minusDays(1 + random.nextInt(364));
    Instant at =
        day.atStartOfDay(ZoneOffset.UTC).toInstant().plusMillis(random.nextLong(86_400_000L));
    String id = nameUuid("transaction:" + accountId + ":" + index);
    String person =
        FIRST_NAMES[random.nextInt(FIRST_NAMES.length)]
            + " "
            + LAST_NAMES[random.nextInt(LAST_NAMES.length)];
    String personCpf =
        Cpf.withCheckDigits(
            String.format(java.util.Locale.ROOT, "%09d", 1 + random.nextInt(999_999_998)));
    String companyCnpj =
        Cnpj.withCheckDigits(
            String.format(java.util.Locale.ROOT, "%08d", random.nextInt(100_000_000)) + "0001");
    int kind = random.nextInt(100);
    if (kind < 30) {
      return new AccountTransaction(
          id,
          false,
          "PIX ENVIADO " + person.toUpperCase(java.util.Locale.ROOT),
          "PIX",
          cents(random, 1_000, 80_000),
          at,
          personCpf);
    } else if (kind < 50) {
      return new AccountTransaction(
          id,
          true,
          "PIX RECEBIDO " + person.toUpperCase(java.util.Locale.ROOT),
          "PIX",
          cents(random, 1_000, 90_000),
          at,
          personCpf);
    } else if (kind < 70) {
      return new AccountTransaction(
          id,
          false,
          "COMPRA CARTAO " + pick(random, MERCHANTS),
          "CARTAO",
          cents(random, 500, 60_000),
          at,
          companyCnpj);
    } else if (kind < 80) {
      return new AccountTransaction(
          id,
          false,
          "PAGAMENTO BOLETO " + pick(random, BILLERS),
          "BOLETO",
          cents(random, 5_000, 150_000),
          at,
          companyCnpj);
    } else if (kind < 85) {
      return new AccountTransaction(
          id,
          true,
          "TED RECEBIDA " + person.toUpperCase(java.util.Locale.ROOT),
          "TED",
          cents(random, 10_000, 500_000),
          at,
          personCpf);
    } else if (kind < 90) {
      return new AccountTransaction(
          id,
          false,
          "TED ENVIADA " + person.toUpperCase(java.util.Locale.ROOT),
          "TED",
          cents(random, 10_000, 300_000),
          at,
          personCpf);
    } else if (kind < 96) {
      return new AccountTransaction(
          id,
          true,
          "SALARIO " + pick(random, EMPLOYERS),
          "FOLHA_PAGAMENTO",
          cents(random, 300_000, 1_200_000),
          at,
          companyCnpj);
    }
    return new AccountTransaction(
        id,
        false,
        "TARIFA TED AVULSA",
        "TARIFA_SERVICOS_AVULSOS",
        cents(random, 500, 2_500),
        at,
        SandboxAccount.COMPANY_CNPJ);
  }

  private static BrlAmount cents(RandomGenerator random, long from, long to) {
    return BrlAmount.ofCents(from + random.nextLong(to - from));
  }

  private static String pick(RandomGenerator random, String[] names) {
    return names[random.nextInt(names.length)];
  }

  private static String nameUuid(String name) {
    return UUID.nameUUIDFromBytes(("finflow-sandbox:" + name).getBytes(StandardCharsets.UTF_8))
        .toString();
  }
}
