package com.finflow.localstack.cashflow;

import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.iban4j.CountryCode;
import org.iban4j.Iban;
import org.iban4j.IbanUtil;

/**
 * Deterministic IBANs: valid ones (ISO 13616 length and mod-97, by iban4j) for company accounts in
 * SEPA countries and counterparts worldwide, and the two defects the issue names.
 */
final class IbanMint {

  /** Countries whose banks hold the monitored companies' accounts. */
  static final List<CountryCode> SEPA_COUNTRIES =
      List.of(
          CountryCode.DE,
          CountryCode.FR,
          CountryCode.NL,
          CountryCode.BE,
          CountryCode.ES,
          CountryCode.IT,
          CountryCode.AT,
          CountryCode.IE,
          CountryCode.PT,
          CountryCode.FI,
          CountryCode.LU);

  /** Countries of counterparts outside the monitored companies, all with IBANs. */
  static final List<CountryCode> WORLD_COUNTRIES =
      List.of(
          CountryCode.GB,
          CountryCode.CH,
          CountryCode.NO,
          CountryCode.PL,
          CountryCode.SE,
          CountryCode.DK,
          CountryCode.CZ,
          CountryCode.HU,
          CountryCode.RO,
          CountryCode.TR,
          CountryCode.SA,
          CountryCode.AE,
          CountryCode.IL,
          CountryCode.QA,
          CountryCode.KW,
          CountryCode.BH,
          CountryCode.JO,
          CountryCode.PK,
          CountryCode.KZ,
          CountryCode.BR,
          CountryCode.UA,
          CountryCode.GE,
          CountryCode.CR,
          CountryCode.DO,
          CountryCode.MU,
          CountryCode.DE,
          CountryCode.FR,
          CountryCode.ES,
          CountryCode.IT,
          CountryCode.NL);

  /** Two letters that are no ISO 3166-1 alpha-2 code, assigned or user-assigned in practice. */
  private static final List<String> NOT_COUNTRIES = List.of("XX", "ZZ", "QQ", "AA");

  private final Random random;

  IbanMint(long seed) {
    this.random = new Random(seed);
  }

  String valid(CountryCode country) {
    return new Iban.Builder(random).countryCode(country).buildRandom().toString();
  }

  /** A valid IBAN with its first two letters replaced by a non-country: {@code INVALID_IBAN}. */
  static String withoutCountry(String iban, SplittableRandom draw) {
    return NOT_COUNTRIES.get(draw.nextInt(NOT_COUNTRIES.size())) + iban.substring(2);
  }

  /**
   * The same IBAN with other check digits: a real country and the right length, failing only mod-97
   * ({@code INVALID_IBAN_CHECKSUM} in strict mode).
   */
  static String withWrongCheckDigits(String iban, SplittableRandom draw) {
    int right = Integer.parseInt(iban.substring(2, 4));
    int wrong = 2 + (right - 2 + 1 + draw.nextInt(96)) % 97;
    String broken = iban.substring(0, 2) + String.format("%02d", wrong) + iban.substring(4);
    if (IbanUtil.isValid(broken)) {
      throw new IllegalStateException("check digits " + wrong + " still valid for " + iban);
    }
    return broken;
  }
}
