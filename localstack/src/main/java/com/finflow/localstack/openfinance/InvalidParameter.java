package com.finflow.localstack.openfinance;

/** A request parameter the provider refuses, with the answer it refuses it with. */
final class InvalidParameter extends RuntimeException {

  private final transient ProviderAnswer answer;

  InvalidParameter(ProviderAnswer answer) {
    super(answer.status() + " " + answer.body(), null, false, false);
    this.answer = answer;
  }

  ProviderAnswer answer() {
    return answer;
  }
}
