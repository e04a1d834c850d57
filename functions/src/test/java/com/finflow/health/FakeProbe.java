package com.finflow.health;

/** A dependency that answers, fails or hangs as a test tells it to. */
public final class FakeProbe implements DependencyProbe {

  private final String name;
  private final Runnable call;

  private FakeProbe(String name, Runnable call) {
    this.name = name;
    this.call = call;
  }

  public static FakeProbe answering(String name) {
    return new FakeProbe(name, () -> {});
  }

  /** Fails with a message naming a resource, which must never reach the health report. */
  public static FakeProbe failing(String name) {
    return new FakeProbe(
        name,
        () -> {
          throw new IllegalStateException(
              "arn:aws:kms:eu-west-1:123456789012:key/secret-id is disabled");
        });
  }

  public static FakeProbe doing(String name, Runnable call) {
    return new FakeProbe(name, call);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void probe() {
    call.run();
  }
}
