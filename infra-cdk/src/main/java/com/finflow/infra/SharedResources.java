package com.finflow.infra;

import com.finflow.infra.compute.FunctionsCode;
import java.util.Objects;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.sns.ITopic;

/**
 * What every reusable construct of the stack needs: the customer managed key, the topic alarms
 * notify and the deployable code of all functions.
 */
public record SharedResources(IKey key, ITopic alarmTopic, FunctionsCode functionsCode) {

  public SharedResources {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(alarmTopic, "alarmTopic");
    Objects.requireNonNull(functionsCode, "functionsCode");
  }
}
