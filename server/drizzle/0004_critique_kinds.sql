ALTER TABLE "attempts" ADD COLUMN "response_orders" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "submissions" ADD COLUMN "objective" jsonb;--> statement-breakpoint
ALTER TABLE "submissions" ADD COLUMN "objective_score" double precision;