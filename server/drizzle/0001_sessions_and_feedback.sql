CREATE TABLE "attempt_sessions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"attempt_id" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"user_agent" text NOT NULL,
	"address" text
);
--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "feedback" text DEFAULT 'full' NOT NULL;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "ended_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "attempt_sessions" ADD CONSTRAINT "attempt_sessions_attempt_id_attempts_id_fk" FOREIGN KEY ("attempt_id") REFERENCES "public"."attempts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attempt_sessions_attempt_idx" ON "attempt_sessions" USING btree ("attempt_id","id");--> statement-breakpoint
CREATE INDEX "sessions_attempt_idx" ON "sessions" USING btree ("attempt_id");