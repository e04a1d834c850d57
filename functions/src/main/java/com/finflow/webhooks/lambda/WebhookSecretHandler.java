package com.finflow.webhooks.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.lambda.HttpFunction;
import com.finflow.webhooks.WebhookSecret;
import com.finflow.webhooks.WebhookSignature;
import com.finflow.webhooks.adapters.WebhooksWiring;
import java.util.Base64;
import java.util.Map;

/**
 * {@code GET /organizations/me/webhook-secret} (admins): the key to verify {@code
 * finflow-signature} headers with.
 */
public final class WebhookSecretHandler extends HttpFunction {

  private final WebhookSecret useCase;

  public WebhookSecretHandler() {
    this(WebhooksWiring.webhookSecret());
  }

  WebhookSecretHandler(WebhookSecret useCase) {
    this.useCase = useCase;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        request -> {
          byte[] secret = useCase.of(Callers.of(request));
          return HttpResult.json(
              200,
              Map.of(
                  "secret",
                  Base64.getEncoder().encodeToString(secret),
                  "encoding",
                  "base64",
                  "signature_header",
                  WebhookSignature.HEADER,
                  "scheme",
                  "t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<raw body>\" under the decoded secret>"));
        });
  }
}
