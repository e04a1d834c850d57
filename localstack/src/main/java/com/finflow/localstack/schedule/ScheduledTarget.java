package com.finflow.localstack.schedule;

import java.time.Duration;
import java.util.Optional;

/**
 * One function target of an AWS::Events::Rule with a rate(...) schedule.
 *
 * @param input the target's constant Input, when the rule sets one instead of the scheduled event
 */
public record ScheduledTarget(
    String ruleLogicalId,
    String ruleArn,
    Duration period,
    String function,
    Optional<String> input) {}
