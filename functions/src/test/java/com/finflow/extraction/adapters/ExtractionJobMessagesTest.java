package com.finflow.extraction.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.finflow.extraction.Cpf;
import com.finflow.extraction.ExtractionCommand;
import com.finflow.extraction.ExtractionJob;
import com.finflow.shared.SampleEvents;
import com.finflow.shared.sqs.UnreadableMessage;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExtractionJobMessageTest {

  private static final Cpf USER = Cpf.parse("52998224725").orElseThrow();

  @Test
  void readsBackTheJobItWrote() {
    ExtractionJob job =
        new ExtractionJob(
            "extraction-1",
            "org-1",
            new ExtractionCommand(
                "My App",
                "My Organization",
                "123",
                USER,
                true,
                Optional.of(URI.create("https://hooks.example.com/x"))));

    assertThat(ExtractionJobMessages.read(ExtractionJobMessages.write(job))).isEqualTo(job);
  }

  @Test
  void carriesStrictAndFull() {
    ExtractionJob job =
        new ExtractionJob(
            "extraction-1",
            "org-1",
            new ExtractionCommand(
                "My App", "My Organization", "123", USER, true, Optional.empty(), true, true));

    assertThat(ExtractionJobMessages.read(ExtractionJobMessages.write(job))).isEqualTo(job);
  }

  @Test
  void readsTheSampleMessageOfTheExtractionQueue() {
    SQSEvent batch =
        EventLoader.loadSQSEvent(SampleEvents.path("extraction/run-extraction.json").toString());

    ExtractionJob job = ExtractionJobMessages.read(batch.getRecords().get(0).getBody());

    assertThat(job)
        .isEqualTo(
            new ExtractionJob(
                "2c4d6e8f-1a3b-4c5d-8e7f-9a0b1c2d3e4f",
                "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
                new ExtractionCommand(
                    "My App", "My Organization", "123", USER, true, Optional.empty())));
  }

  @Test
  void readsANoticeJobQueuedByAnEarlierVersionAsItsExtraction() {
    String notice =
        "{\"kind\":\"NOTIFY\",\"extraction_id\":\"extraction-1\",\"organization_id\":\"org-1\","
            + "\"name\":\"My App\",\"organization_name\":\"My Organization\",\"client_organization_id\":\"123\","
            + "\"user_document_number\":\"52998224725\",\"webhook_url\":\"https://hooks.example.com/x\"}";

    ExtractionJob job = ExtractionJobMessages.read(notice);

    assertThat(job.extractionId()).isEqualTo("extraction-1");
    assertThat(job.command().webhookUrl()).contains(URI.create("https://hooks.example.com/x"));
  }

  @Test
  void refusesAMessageThatIsNotAnExtractionJob() {
    assertThatThrownBy(() -> ExtractionJobMessages.read("not json"))
        .isInstanceOf(UnreadableMessage.class);
    assertThatThrownBy(
            () ->
                ExtractionJobMessages.read(
                    "{\"extraction_id\":\"extraction-1\","
                        + "\"user_document_number\":\"00011122233\"}"))
        .isInstanceOf(UnreadableMessage.class);
  }
}
