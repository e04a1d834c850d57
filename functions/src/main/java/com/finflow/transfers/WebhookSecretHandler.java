package com.finflow.transfers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.shared.http.Callers;
import com.finflow.shared.Caller;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.transfers.aws.TransfersWiring;
import com.finflow.webhooks.WebhookSecrets;
import com.finflow.webhooks.WebhookSignature;

import java.util.Base64;
import java.util.Map;

/** {@code GET /organizations/me/webhook-secret} (admins): the key to verify {@code finflow-signature} headers with. */
public final class WebhookSecretHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

  private final WebhookSecrets secrets;

  public WebhookSecretHandler() {
    this(TransfersWiring.webhookSecrets());
  }

  WebhookSecretHandler(WebhookSecrets secrets) {
    this.secrets = secrets;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(event, context, request -> {
      Caller caller = Callers.of(request).requireAdmin();
      return HttpResult.json(200, Map.of(
          "secret", Base64.getEncoder().encodeToString(secrets.secretOf(caller.organizationId())),
          "encoding", "base64",
          "signature_header", WebhookSignature.HEADER,
          "scheme", "t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<raw body>\" under the decoded secret>"));
    });
  }
}
