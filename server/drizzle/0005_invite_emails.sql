CREATE TABLE "invite_email_templates" (
	"assessment_id" text PRIMARY KEY NOT NULL,
	"sender_name" text NOT NULL,
	"reply_to" text,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "invite_emails" (
	"id" text PRIMARY KEY NOT NULL,
	"invite_id" text NOT NULL,
	"assessment_id" text NOT NULL,
	"to_address" text NOT NULL,
	"from_address" text NOT NULL,
	"reply_to" text,
	"subject" text NOT NULL,
	"text_body" text,
	"html_body" text,
	"status" text NOT NULL,
	"tries" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone,
	"last_response" text,
	"message_id" text,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "invite_email_templates" ADD CONSTRAINT "invite_email_templates_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invite_emails" ADD CONSTRAINT "invite_emails_invite_id_invites_id_fk" FOREIGN KEY ("invite_id") REFERENCES "public"."invites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invite_emails" ADD CONSTRAINT "invite_emails_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "invite_emails_invite_idx" ON "invite_emails" USING btree ("invite_id","created_at");--> statement-breakpoint
CREATE INDEX "invite_emails_assessment_idx" ON "invite_emails" USING btree ("assessment_id","created_at");--> statement-breakpoint
CREATE INDEX "invite_emails_due_idx" ON "invite_emails" USING btree ("next_attempt_at") WHERE status in ('queued', 'failed');