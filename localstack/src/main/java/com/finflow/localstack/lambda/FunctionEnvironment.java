package com.finflow.localstack.lambda;

import com.finflow.emulators.AwsAccount;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a function's code sees as its environment on this machine, in order of precedence (last
 * wins): the variables its template declares, with the bank default redirected; the variables the
 * Lambda runtime sets; then the overrides the local stack was started with, which apply to every
 * function.
 *
 * @param bankUrl the simulated bank's base URL
 * @param overrides variables added to every function, e.g. fault hooks a test switches on
 */
public record FunctionEnvironment(URI awsEndpoint, URI bankUrl, Map<String, String> overrides) {

  /**
   * The bank URL the CDK app writes into the template when none is configured. A template value
   * equal to it means "the bank on this machine", so it is replaced by the simulated bank's actual
   * URL: with a free bank port (tests) functions still reach it, and a template pointing anywhere
   * else is left alone.
   */
  public static final String TEMPLATE_DEFAULT_BANK_URL = "http://localhost:8091";

  /** What the local account's credentials need not have: a stand-in, as Lambda always sets one. */
  static final String SESSION_TOKEN = "local-session";

  public FunctionEnvironment {
    overrides = Map.copyOf(overrides);
  }

  public Map<String, String> of(FunctionDefinition function) {
    Map<String, String> environment = new LinkedHashMap<>();
    function
        .environment()
        .forEach(
            (name, value) ->
                environment.put(
                    name, value.equals(TEMPLATE_DEFAULT_BANK_URL) ? bankUrl.toString() : value));
    environment.put("AWS_LAMBDA_FUNCTION_NAME", function.name());
    environment.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
    environment.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", String.valueOf(function.memoryMb()));
    environment.put("AWS_REGION", AwsAccount.REGION);
    environment.put("AWS_DEFAULT_REGION", AwsAccount.REGION);
    environment.put("AWS_ENDPOINT_URL", awsEndpoint.toString());
    // Lambda hands every function its role's credentials in these three; the SDK here takes them
    // from system properties, but code reading the environment must see them as on Lambda.
    environment.put("AWS_ACCESS_KEY_ID", AwsAccount.ACCESS_KEY_ID);
    environment.put("AWS_SECRET_ACCESS_KEY", AwsAccount.SECRET_ACCESS_KEY);
    environment.put("AWS_SESSION_TOKEN", SESSION_TOKEN);
    environment.putAll(overrides);
    return environment;
  }
}
