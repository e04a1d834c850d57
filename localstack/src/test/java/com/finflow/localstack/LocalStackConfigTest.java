package com.finflow.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.finflow.localstack.bank.BankBehaviour;
import com.finflow.localstack.openfinance.EndpointFaults;
import com.finflow.localstack.openfinance.ProviderEndpoint;
import com.finflow.localstack.openfinance.ProviderFaults;
import com.finflow.localstack.openfinance.ProviderSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LocalStackConfigTest {

  @Test
  void defaultsRunAReliableBankOn8091AndNoFaults() {
    LocalStackConfig config = LocalStackConfig.fromArgs();

    assertThat(config.bankPort()).isEqualTo(8091);
    assertThat(config.bankBehaviour()).isEqualTo(new BankBehaviour(Duration.ZERO, 0.0, 0.0, 42));
    assertThat(config.dynamoDbThrottleRate()).isZero();
    assertThat(config.faultSeed()).isEqualTo(42);
    assertThat(config.functionEnvironment()).isEmpty();
    assertThat(config.handlerOverrides()).isEmpty();
    assertThat(config.code()).containsExactly(LocalStackConfig.DEFAULT_CODE);
  }

  @Test
  void eachCopyChangesOneOptionAndKeepsEveryOther() {
    LocalStackConfig base =
        LocalStackConfig.fromArgs("--bank-seed", "7", "--stack-name", "Other", "--keep-data");

    LocalStackConfig copy =
        base.withPorts(0, 0).withScheduleOverride(Duration.ofSeconds(10)).withDebug(true);

    assertThat(copy.httpPort()).isZero();
    assertThat(copy.awsPort()).isZero();
    assertThat(copy.scheduleOverride()).contains(Duration.ofSeconds(10));
    assertThat(copy.debug()).isTrue();
    assertThat(copy.bankBehaviour().seed()).isEqualTo(7);
    assertThat(copy.stackName()).isEqualTo("Other");
    assertThat(copy.keepData()).isTrue();
    assertThat(base.httpPort()).isEqualTo(8080);
    assertThat(base.scheduleOverride()).isEqualTo(Optional.empty());
  }

  @Test
  void extraCodeFollowsTheCodeAndHandlerOverridesAddUp() {
    LocalStackConfig config =
        LocalStackConfig.defaults()
            .withCode(List.of(Path.of("functions.jar")))
            .withExtraCode(Path.of("test-classes"))
            .withHandlerOverride("ExecuteTransfer", "com.example.Crashing::handleRequest")
            .withHandlerOverride("SettleBulk", "com.example.Slow::handleRequest");

    assertThat(config.code()).containsExactly(Path.of("functions.jar"), Path.of("test-classes"));
    assertThat(config.handlerOverrides())
        .containsExactly(
            Map.entry("ExecuteTransfer", "com.example.Crashing::handleRequest"),
            Map.entry("SettleBulk", "com.example.Slow::handleRequest"));
  }

  @Test
  void bankFaultAndEnvironmentFlagsAreRead() {
    LocalStackConfig config =
        LocalStackConfig.fromArgs(
            "--bank-port",
            "0",
            "--bank-latency-ms",
            "250",
            "--bank-transient-rate",
            "0.2",
            "--bank-reject-rate",
            "0.05",
            "--bank-seed",
            "7",
            "--dynamodb-throttle-rate",
            "0.1",
            "--fault-seed",
            "9",
            "--function-env",
            "TEST_CRASH_AFTER_BANK_RATE=0.1",
            "--function-env",
            "NOTE=a=b");

    assertThat(config.bankPort()).isZero();
    assertThat(config.bankBehaviour())
        .isEqualTo(new BankBehaviour(Duration.ofMillis(250), 0.2, 0.05, 7));
    assertThat(config.dynamoDbThrottleRate()).isEqualTo(0.1);
    assertThat(config.faultSeed()).isEqualTo(9);
    assertThat(config.functionEnvironment())
        .isEqualTo(Map.of("TEST_CRASH_AFTER_BANK_RATE", "0.1", "NOTE", "a=b"));
  }

  @Test
  void theSandboxProviderRunsOn8092WithoutFaultsByDefault() {
    LocalStackConfig config = LocalStackConfig.fromArgs();

    assertThat(config.providerPort()).isEqualTo(8092);
    assertThat(config.provider()).isEqualTo(ProviderSettings.DEFAULTS);
    assertThat(config.provider().registrationSecret()).isEqualTo("sandbox-registration-secret");
    assertThat(config.provider().authorisationDelay()).isEqualTo(Duration.ofMillis(300));
    assertThat(config.provider().faults().endpoints()).isEmpty();
  }

  @Test
  void providerFlagsAreRead() {
    LocalStackConfig config =
        LocalStackConfig.fromArgs(
            "--provider-port",
            "0",
            "--provider-faults",
            "transactions:504=0.2,latency=20;accounts:500=0.1,drop=0.05",
            "--provider-seed",
            "11",
            "--provider-registration-secret",
            "s3cret",
            "--provider-consent-delay-ms",
            "50");

    assertThat(config.providerPort()).isZero();
    assertThat(config.provider().registrationSecret()).isEqualTo("s3cret");
    assertThat(config.provider().authorisationDelay()).isEqualTo(Duration.ofMillis(50));
    assertThat(config.provider().faults().seed()).isEqualTo(11);
    assertThat(config.provider().faults().of(ProviderEndpoint.TRANSACTIONS))
        .isEqualTo(
            EndpointFaults.NONE.withGatewayTimeoutRate(0.2).withLatency(Duration.ofMillis(20)));
    assertThat(config.provider().faults().of(ProviderEndpoint.ACCOUNTS))
        .isEqualTo(EndpointFaults.NONE.withServerErrorRate(0.1).withDropRate(0.05));
    assertThat(
            LocalStackConfig.fromArgs("--provider-seed", "11", "--provider-faults", "token:429=1")
                .provider()
                .faults())
        .isEqualTo(ProviderFaults.parse("token:429=1", 11));
  }

  @Test
  void impossibleValuesAreRefused() {
    assertThatThrownBy(() -> LocalStackConfig.fromArgs("--function-env", "NO_VALUE"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("KEY=VALUE");
    assertThatThrownBy(() -> LocalStackConfig.fromArgs("--dynamodb-throttle-rate", "1.5"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                LocalStackConfig.fromArgs(
                    "--bank-transient-rate", "0.6", "--bank-reject-rate", "0.6"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> LocalStackConfig.fromArgs("--provider-faults", "accounts:500=0.6,504=0.6"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LocalStackConfig.fromArgs("--provider-faults", "payments:500=0.1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("transactions");
  }
}
