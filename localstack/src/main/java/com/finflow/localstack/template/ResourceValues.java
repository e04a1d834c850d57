package com.finflow.localstack.template;

import java.util.Optional;

/** What Ref and Fn::GetAtt of already created resources return. */
public interface ResourceValues {

  Optional<String> ref(String logicalId);

  Optional<String> attribute(String logicalId, String attribute);
}
