package com.finflow.shared.aws;

import com.finflow.emulators.AwsAccount;
import com.finflow.emulators.MotoServer;
import java.net.URI;
import java.nio.file.Path;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.KeySpec;
import software.amazon.awssdk.services.kms.model.KeyUsageType;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * One moto server for every KMS test of a test run, with a symmetric key to encrypt under. moto
 * runs from the project's Python venv, which the build names in the system property {@code
 * finflow.venv}.
 */
public final class LocalKms {

  private static final MotoServer SERVER = start();
  private static final KmsClient CLIENT =
      KmsClient.builder()
          .endpointOverride(URI.create("http://127.0.0.1:" + SERVER.port()))
          .region(Region.of(AwsAccount.REGION))
          .credentialsProvider(
              StaticCredentialsProvider.create(
                  AwsBasicCredentials.create(
                      AwsAccount.ACCESS_KEY_ID, AwsAccount.SECRET_ACCESS_KEY)))
          .httpClient(UrlConnectionHttpClient.create())
          .build();
  private static final String KEY_ID = newSymmetricKey();
  private static final String HMAC_KEY_ID = newHmacKey();

  private LocalKms() {}

  public static KmsClient client() {
    return CLIENT;
  }

  /**
   * Secrets Manager on the same moto server, where secrets can be encrypted under {@link #keyId()}.
   */
  public static SecretsManagerClient secretsManager() {
    return SecretsManagerClient.builder()
        .endpointOverride(URI.create("http://127.0.0.1:" + SERVER.port()))
        .region(Region.of(AwsAccount.REGION))
        .credentialsProvider(
            StaticCredentialsProvider.create(
                AwsBasicCredentials.create(AwsAccount.ACCESS_KEY_ID, AwsAccount.SECRET_ACCESS_KEY)))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  /**
   * A symmetric encryption key (SYMMETRIC_DEFAULT, ENCRYPT_DECRYPT) shared by the tests of this
   * run.
   */
  public static String keyId() {
    return KEY_ID;
  }

  /** An HMAC key (HMAC_256, GENERATE_VERIFY_MAC) shared by the tests of this run. */
  public static String hmacKeyId() {
    return HMAC_KEY_ID;
  }

  /** A new HMAC key, for a test that must not share one. */
  public static String newHmacKey() {
    return CLIENT
        .createKey(
            request ->
                request
                    .keySpec(KeySpec.HMAC_256)
                    .keyUsage(KeyUsageType.GENERATE_VERIFY_MAC)
                    .description("test HMAC key"))
        .keyMetadata()
        .keyId();
  }

  /** A new symmetric encryption key, for a test that must not share one. */
  public static String newSymmetricKey() {
    return CLIENT
        .createKey(
            request ->
                request
                    .keySpec(KeySpec.SYMMETRIC_DEFAULT)
                    .keyUsage(KeyUsageType.ENCRYPT_DECRYPT)
                    .description("test key"))
        .keyMetadata()
        .keyId();
  }

  private static MotoServer start() {
    String venv = System.getProperty("finflow.venv");
    if (venv == null || venv.isBlank()) {
      throw new IllegalStateException(
          "system property finflow.venv is not set: it names the project's Python venv"
              + " that holds moto. Run the tests through Maven (functions/pom.xml sets it), or pass"
              + " -Dfinflow.venv=<repository>/.venv.");
    }
    MotoServer server = MotoServer.launch(Path.of(venv));
    // moto is a child process: without this it would outlive the test JVM, even one that failed
    // waiting for it.
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "moto-shutdown"));
    return server.awaitReady();
  }
}
