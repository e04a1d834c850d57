package com.finflow.localstack.openfinance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A customer whose accounts API answers were recorded at a real institution, served byte for byte
 * (numbers keep their exact text), whatever the booking window asked: a recording is what that
 * institution answered. The directory holds {@code institution.json} ({@code {"cpf": ...}}), the
 * pages of the account list ({@code accounts-1.json}, ...), then per account, numbered from 1 in
 * the order listed, its balances ({@code balances-1.json}) and its transaction pages ({@code
 * transactions-1-1.json}, {@code transactions-1-2.json}, ...). A page past the last recorded one is
 * empty.
 */
final class RecordedCustomer {

  private final Path directory;
  private final Cpf cpf;
  private final List<String> accountIds;

  private RecordedCustomer(Path directory, Cpf cpf, List<String> accountIds) {
    this.directory = directory;
    this.cpf = cpf;
    this.accountIds = List.copyOf(accountIds);
  }

  /**
   * @throws IllegalArgumentException when the directory is not such a recording
   */
  static RecordedCustomer at(Path directory) {
    Cpf cpf =
        new Cpf(
            ProviderJson.read(text(directory.resolve("institution.json"))).path("cpf").asText());
    List<String> accountIds = new ArrayList<>();
    for (int page = 1; Files.exists(directory.resolve("accounts-" + page + ".json")); page++) {
      for (JsonNode account :
          ProviderJson.read(text(directory.resolve("accounts-" + page + ".json"))).path("data")) {
        accountIds.add(account.path("accountId").asText());
      }
    }
    if (accountIds.isEmpty()) {
      throw new IllegalArgumentException("no accounts-1.json in " + directory);
    }
    return new RecordedCustomer(directory, cpf, accountIds);
  }

  Cpf cpf() {
    return cpf;
  }

  ProviderAnswer accounts(int page) {
    return recorded("accounts-" + page + ".json").orElseGet(() -> ProviderAnswer.ok(emptyPage()));
  }

  ProviderAnswer balances(String accountId) {
    return position(accountId)
        .flatMap(position -> recorded("balances-" + position + ".json"))
        .orElseGet(
            () -> ProviderAnswer.notFound("no account " + accountId + " under this consent"));
  }

  ProviderAnswer transactions(String accountId, int page) {
    return position(accountId)
        .map(
            position ->
                recorded("transactions-" + position + "-" + page + ".json")
                    .orElseGet(() -> ProviderAnswer.ok(emptyPage())))
        .orElseGet(
            () -> ProviderAnswer.notFound("no account " + accountId + " under this consent"));
  }

  private Optional<Integer> position(String accountId) {
    int index = accountIds.indexOf(accountId);
    return index < 0 ? Optional.empty() : Optional.of(index + 1);
  }

  private Optional<ProviderAnswer> recorded(String file) {
    Path path = directory.resolve(file);
    return Files.exists(path)
        ? Optional.of(ProviderAnswer.ok(new RawValue(text(path))))
        : Optional.empty();
  }

  private static java.util.Map<String, Object> emptyPage() {
    return java.util.Map.of(
        "data",
        List.of(),
        "links",
        java.util.Map.of(),
        "meta",
        ProviderAnswer.metaRequestDateTimeOnly());
  }

  private static String text(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the recording " + path, e);
    }
  }
}
