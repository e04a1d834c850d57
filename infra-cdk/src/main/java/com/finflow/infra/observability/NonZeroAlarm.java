package com.finflow.infra.observability;

import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.sns.ITopic;
import software.constructs.Construct;

/** An alarm that notifies the alarm topic as soon as a metric reaches 1 within one period. */
public final class NonZeroAlarm extends Construct {

  private final Alarm alarm;

  public NonZeroAlarm(
      Construct scope, String id, IMetric metric, String description, ITopic alarmTopic) {
    super(scope, id);
    alarm =
        Alarm.Builder.create(this, "Alarm")
            .metric(metric)
            .alarmDescription(description)
            .threshold(1)
            .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
            .evaluationPeriods(1)
            .datapointsToAlarm(1)
            // No data means nothing failed; it must not page anyone.
            .treatMissingData(TreatMissingData.NOT_BREACHING)
            .build();
    SnsAction action = new SnsAction(alarmTopic);
    alarm.addAlarmAction(action);
    alarm.addOkAction(action);
  }

  public Alarm alarm() {
    return alarm;
  }
}
