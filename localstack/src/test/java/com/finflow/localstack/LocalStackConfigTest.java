package com.finflow.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.finflow.localstack.bank.BankBehaviour;
import java.time.Duration;
import java.util.Map;
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
  }

  @Test
  void bankFaultAndEnvironmentFlagsAreRead() {
    LocalStackConfig config = LocalStackConfig.fromArgs(
        "--bank-port", "0", "--bank-latency-ms", "250", "--bank-transient-rate", "0.2", "--bank-reject-rate", "0.05",
        "--bank-seed", "7", "--dynamodb-throttle-rate", "0.1", "--fault-seed", "9",
        "--function-env", "FINFLOW_FAULT_CRASH_AFTER_BANK_RATE=0.1", "--function-env", "NOTE=a=b");

    assertThat(config.bankPort()).isZero();
    assertThat(config.bankBehaviour()).isEqualTo(new BankBehaviour(Duration.ofMillis(250), 0.2, 0.05, 7));
    assertThat(config.dynamoDbThrottleRate()).isEqualTo(0.1);
    assertThat(config.faultSeed()).isEqualTo(9);
    assertThat(config.functionEnvironment())
        .isEqualTo(Map.of("FINFLOW_FAULT_CRASH_AFTER_BANK_RATE", "0.1", "NOTE", "a=b"));
  }

  @Test
  void impossibleValuesAreRefused() {
    assertThatThrownBy(() -> LocalStackConfig.fromArgs("--function-env", "NO_VALUE"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("KEY=VALUE");
    assertThatThrownBy(() -> LocalStackConfig.fromArgs("--dynamodb-throttle-rate", "1.5"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LocalStackConfig.fromArgs("--bank-transient-rate", "0.6", "--bank-reject-rate", "0.6"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
