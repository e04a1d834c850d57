package com.finflow.localstack.schedule;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.emulators.AwsAccount;
import com.finflow.localstack.provision.PhysicalResource;
import com.finflow.localstack.provision.ProvisionedStack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads scheduled rules that target functions out of the provisioned template. */
public final class ScheduledTargets {

  private ScheduledTargets() {}

  public static List<ScheduledTarget> from(ProvisionedStack stack) {
    List<ScheduledTarget> targets = new ArrayList<>();
    for (PhysicalResource rule : stack.ofType("AWS::Events::Rule")) {
      JsonNode properties = rule.properties();
      if (!properties.path("State").asText("ENABLED").equals("ENABLED")
          || !properties.has("ScheduleExpression")) {
        continue;
      }
      String expression = properties.get("ScheduleExpression").asText();
      Optional<Duration> period = RateExpression.period(expression);
      if (period.isEmpty()) {
        System.out.println(
            "rule "
                + rule.logicalId()
                + " "
                + expression
                + ": only rate(...) schedules are emulated");
        continue;
      }
      String ruleArn =
          AwsAccount.arn("events", "rule/" + properties.path("Name").asText(rule.logicalId()));
      for (JsonNode target : properties.path("Targets")) {
        String arn = target.path("Arn").asText();
        if (arn.contains(":lambda:")) {
          targets.add(
              new ScheduledTarget(
                  rule.logicalId(),
                  ruleArn,
                  period.get(),
                  arn,
                  Optional.ofNullable(target.get("Input")).map(JsonNode::asText)));
        }
      }
    }
    return targets;
  }
}
