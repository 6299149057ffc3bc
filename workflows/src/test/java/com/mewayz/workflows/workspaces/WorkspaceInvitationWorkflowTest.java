package com.mewayz.workflows.workspaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

class WorkspaceInvitationWorkflowTest {

  private static final String INVITATION = "inv-1";

  @RegisterExtension
  static final TestWorkflowExtension temporal =
      TestWorkflowExtension.newBuilder()
          .registerWorkflowImplementationTypes(WorkspaceInvitationWorkflowImpl.class)
          .setDoNotStart(true)
          .build();

  private final InvitationActivities activities =
      mock(InvitationActivities.class, withSettings().withoutAnnotations());

  private TestWorkflowEnvironment env;
  private WorkspaceInvitationWorkflow invitation;

  @BeforeEach
  void start(TestWorkflowEnvironment env, Worker worker, WorkflowClient client) {
    this.env = env;
    when(activities.accept(anyString(), anyString())).thenReturn(InvitationStatus.ACCEPTED);
    when(activities.close(anyString(), any()))
        .thenAnswer(call -> call.getArgument(1, InvitationStatus.class));
    worker.registerActivitiesImplementations(activities);
    env.start();
    invitation =
        client.newWorkflowStub(
            WorkspaceInvitationWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(WorkspaceInvitations.workflowId(INVITATION))
                .setTaskQueue(worker.getTaskQueue())
                .build());
  }

  private void invite() {
    WorkflowClient.start(invitation::run, new InvitationRequest(INVITATION, "ws-1"));
  }

  @Test
  void remindsOnceOnDayThreeAndExpiresOnDaySeven() {
    invite();
    env.sleep(Duration.ofDays(3).minusMinutes(1));
    verify(activities).sendMail(INVITATION, InvitationMailKind.INVITATION);
    verify(activities, never()).sendMail(INVITATION, InvitationMailKind.REMINDER);

    env.sleep(Duration.ofMinutes(2));
    verify(activities).sendMail(INVITATION, InvitationMailKind.REMINDER);
    verify(activities, never()).close(INVITATION, InvitationStatus.EXPIRED);

    env.sleep(Duration.ofDays(4));
    assertThat(result()).isEqualTo(InvitationStatus.EXPIRED);
    InOrder order = inOrder(activities);
    order.verify(activities).sendMail(INVITATION, InvitationMailKind.INVITATION);
    order.verify(activities).sendMail(INVITATION, InvitationMailKind.REMINDER);
    order.verify(activities).close(INVITATION, InvitationStatus.EXPIRED);
    verifyNoMoreInteractions(activities);
  }

  @Test
  void acceptBeforeReminderAddsMemberAndSendsNoReminder() {
    invite();
    env.sleep(Duration.ofDays(2));

    assertThat(invitation.accept("user-7")).isEqualTo(InvitationStatus.ACCEPTED);

    assertThat(result()).isEqualTo(InvitationStatus.ACCEPTED);
    verify(activities).sendMail(INVITATION, InvitationMailKind.INVITATION);
    verify(activities).accept(INVITATION, "user-7");
    verifyNoMoreInteractions(activities);
  }

  @Test
  void acceptAfterReminderStillWorksBeforeExpiry() {
    invite();
    env.sleep(Duration.ofDays(6));

    assertThat(invitation.accept("user-7")).isEqualTo(InvitationStatus.ACCEPTED);

    assertThat(result()).isEqualTo(InvitationStatus.ACCEPTED);
    verify(activities).sendMail(INVITATION, InvitationMailKind.REMINDER);
    verify(activities, never()).close(anyString(), any());
  }

  @Test
  void declineEndsTheInvitation() {
    invite();
    env.sleep(Duration.ofHours(5));

    assertThat(invitation.decline()).isEqualTo(InvitationStatus.DECLINED);

    assertThat(result()).isEqualTo(InvitationStatus.DECLINED);
    verify(activities).sendMail(INVITATION, InvitationMailKind.INVITATION);
    verify(activities).close(INVITATION, InvitationStatus.DECLINED);
    verifyNoMoreInteractions(activities);
  }

  @Test
  void acceptAfterExpiryIsRejectedBeforeEnteringHistory() {
    invite();
    env.sleep(Duration.ofDays(8));
    assertThat(result()).isEqualTo(InvitationStatus.EXPIRED);

    // The run is closed: the update cannot be delivered at all.
    assertThatThrownBy(() -> invitation.accept("user-7")).isInstanceOf(RuntimeException.class);
    verify(activities, never()).accept(anyString(), anyString());
  }

  @Test
  void acceptWithoutUserIsRejectedByTheValidator() {
    invite();
    env.sleep(Duration.ofDays(1));
    WorkflowStub stub = WorkflowStub.fromTyped(invitation);
    assertThat(invitation.status()).isEqualTo(InvitationStatus.PENDING);
    assertThatThrownBy(() -> stub.update("accept", InvitationStatus.class, ""))
        .isInstanceOf(WorkflowUpdateException.class)
        .hasStackTraceContaining("userId is required");
    verify(activities, never()).accept(anyString(), anyString());
  }

  @Test
  void revokeCancelsTheRunAndRecordsRevocationWithoutReminder() {
    invite();
    env.sleep(Duration.ofDays(1));

    WorkflowStub.fromTyped(invitation).cancel();

    assertThatThrownBy(this::result)
        .isInstanceOf(WorkflowFailedException.class)
        .hasCauseInstanceOf(CanceledFailure.class);
    env.sleep(Duration.ofDays(7));
    verify(activities).sendMail(INVITATION, InvitationMailKind.INVITATION);
    verify(activities).close(INVITATION, InvitationStatus.REVOKED);
    verifyNoMoreInteractions(activities);
  }

  private InvitationStatus result() {
    return WorkflowStub.fromTyped(invitation).getResult(InvitationStatus.class);
  }

  @Test
  void aMailServerOutageIsRetriedUntilTheInvitationGoesOut() {
    doThrow(new IllegalStateException("SMTP connection refused"))
        .doThrow(new IllegalStateException("SMTP connection refused"))
        .doNothing()
        .when(activities)
        .sendMail(INVITATION, InvitationMailKind.INVITATION);
    invite();

    env.sleep(Duration.ofMinutes(10));

    verify(activities, times(3)).sendMail(INVITATION, InvitationMailKind.INVITATION);
    assertThat(invitation.status()).isEqualTo(InvitationStatus.PENDING);
    assertThat(invitation.accept("user-7")).isEqualTo(InvitationStatus.ACCEPTED);
    assertThat(result()).isEqualTo(InvitationStatus.ACCEPTED);
  }

  @Test
  void anAcceptTheRecordRefusesFailsTheUpdateAndTheInvitationStillExpires() {
    when(activities.accept(INVITATION, "user-7"))
        .thenThrow(
            ApplicationFailure.newNonRetryableFailure(
                "The invitation is revoked", "INVALID_STATE"));
    invite();
    env.sleep(Duration.ofDays(1));

    assertThatThrownBy(() -> invitation.accept("user-7"))
        .isInstanceOf(WorkflowUpdateException.class)
        .hasStackTraceContaining("The invitation is revoked");

    assertThat(invitation.status()).isEqualTo(InvitationStatus.PENDING);
    env.sleep(Duration.ofDays(7));
    assertThat(result()).isEqualTo(InvitationStatus.EXPIRED);
    verify(activities).sendMail(INVITATION, InvitationMailKind.REMINDER);
    verify(activities).close(INVITATION, InvitationStatus.EXPIRED);
  }
}
