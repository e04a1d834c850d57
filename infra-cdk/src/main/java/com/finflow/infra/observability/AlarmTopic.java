package com.finflow.infra.observability;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.sns.ITopic;
import software.amazon.awscdk.services.sns.Topic;
import software.constructs.Construct;

/** The SNS topic every Finflow alarm notifies. */
public final class AlarmTopic extends Construct {

  private final Topic topic;

  public AlarmTopic(Construct scope, String id, IKey key) {
    super(scope, id);
    topic =
        Topic.Builder.create(this, "Topic")
            .displayName("Finflow alarms")
            .masterKey(key)
            .enforceSsl(true)
            .build();
    // The topic policy that enforceSsl creates replaces SNS's default owner policy, so alarms need
    // an explicit grant.
    topic.addToResourcePolicy(
        PolicyStatement.Builder.create()
            .sid("AllowCloudWatchAlarmsOfThisAccount")
            .principals(List.of(new ServicePrincipal("cloudwatch.amazonaws.com")))
            .actions(List.of("sns:Publish"))
            .resources(List.of(topic.getTopicArn()))
            .conditions(Map.of("StringEquals", Map.of("aws:SourceAccount", Aws.ACCOUNT_ID)))
            .build());
  }

  public ITopic topic() {
    return topic;
  }
}
