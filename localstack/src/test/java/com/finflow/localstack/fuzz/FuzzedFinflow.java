package com.finflow.localstack.fuzz;

import com.finflow.localstack.LocalStackExtension;
import com.finflow.localstack.LocalStackRuntime;
import com.finflow.localstack.flow.RunningFinflow;
import java.util.Map;

/**
 * The real stack, as the flow tests boot it, for the fuzzer: webhooks may also go to the host of
 * the API document's example, which resolves nowhere, so that the example is accepted as it would
 * be where that host exists.
 */
public final class FuzzedFinflow extends LocalStackExtension {

  /** The host of the webhook URL in the document's example of an asynchronous extraction. */
  static final String EXAMPLE_WEBHOOK_HOST = "hooks.acme-fintech.example";

  @Override
  protected LocalStackRuntime start() {
    return LocalStackRuntime.start(
        RunningFinflow.realStack(RunningFinflow.TEMPLATE)
            .withFunctionEnvironment(
                Map.of("WEBHOOK_ALLOWED_HOSTS", "localhost,127.0.0.1," + EXAMPLE_WEBHOOK_HOST)));
  }
}
