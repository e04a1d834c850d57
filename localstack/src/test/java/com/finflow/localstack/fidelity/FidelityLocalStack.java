package com.finflow.localstack.fidelity;

import com.finflow.localstack.LocalStackExtension;
import com.finflow.localstack.LocalStackRuntime;
import com.finflow.localstack.SharedLocalStack;
import java.nio.file.Path;

/**
 * Boots a local stack whose only API fronts a function and an authorizer that misbehave on request.
 */
public final class FidelityLocalStack extends LocalStackExtension {

  public static final Path TEMPLATE =
      Path.of("src/test/resources/templates/fidelity.template.json");

  @Override
  protected LocalStackRuntime start() {
    return LocalStackRuntime.start(SharedLocalStack.fixtureConfig().withTemplate(TEMPLATE));
  }
}
