CREATE TABLE "guild_settings" (
	"guild_id" text PRIMARY KEY NOT NULL,
	"quiz_channel_id" text,
	"timezone" text,
	"default_exam_ref" text,
	"seconds_per_question" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "guild_settings_seconds_per_question_range" CHECK ("guild_settings"."seconds_per_question" between 5 and 600)
);
--> statement-breakpoint
CREATE TABLE "learners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"discord_user_id" text,
	"local_user_key" text,
	"display_name" text NOT NULL,
	"timezone" text,
	"reminder_time" text,
	"reminder_channel_id" text,
	"reminder_guild_id" text,
	"reminder_enabled" boolean DEFAULT false NOT NULL,
	"next_reminder_at" timestamp with time zone,
	"show_on_leaderboard" boolean DEFAULT true NOT NULL,
	"share_progress" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "learners_discord_user_id_key" UNIQUE("discord_user_id"),
	CONSTRAINT "learners_local_user_key_key" UNIQUE("local_user_key"),
	CONSTRAINT "learners_identity_present" CHECK ("learners"."discord_user_id" is not null or "learners"."local_user_key" is not null),
	CONSTRAINT "learners_display_name_length" CHECK (char_length("learners"."display_name") between 1 and 100),
	CONSTRAINT "learners_reminder_time_format" CHECK ("learners"."reminder_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
	CONSTRAINT "learners_enabled_reminder_complete" CHECK (not "learners"."reminder_enabled" or ("learners"."reminder_time" is not null and "learners"."timezone" is not null and "learners"."next_reminder_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "plan_tasks" (
	"plan_id" uuid NOT NULL,
	"task_id" text NOT NULL,
	"date" date NOT NULL,
	"position" smallint DEFAULT 0 NOT NULL,
	"domain_id" text,
	"kind" text NOT NULL,
	"minutes" integer NOT NULL,
	"title" text NOT NULL,
	"resources" jsonb,
	"status" text DEFAULT 'pending' NOT NULL,
	"done_at" timestamp with time zone,
	CONSTRAINT "plan_tasks_plan_id_task_id_pk" PRIMARY KEY("plan_id","task_id"),
	CONSTRAINT "plan_tasks_kind" CHECK ("plan_tasks"."kind" in ('learn', 'lab', 'quiz', 'review', 'mock-exam')),
	CONSTRAINT "plan_tasks_status" CHECK ("plan_tasks"."status" in ('pending', 'done', 'skipped')),
	CONSTRAINT "plan_tasks_minutes_range" CHECK ("plan_tasks"."minutes" between 1 and 960),
	CONSTRAINT "plan_tasks_position_nonnegative" CHECK ("plan_tasks"."position" >= 0),
	CONSTRAINT "plan_tasks_done_at_matches_status" CHECK (("plan_tasks"."status" = 'pending') = ("plan_tasks"."done_at" is null))
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"learner_id" uuid NOT NULL,
	"exam_ref" text NOT NULL,
	"exam_code" text GENERATED ALWAYS AS (split_part(exam_ref, '@', 1)) STORED NOT NULL,
	"exam_date" date NOT NULL,
	"start_date" date NOT NULL,
	"availability" jsonb NOT NULL,
	"timezone" text NOT NULL,
	"pauses" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"mastery_seed" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"input" jsonb NOT NULL,
	"warnings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plans_status" CHECK ("plans"."status" in ('active', 'paused', 'archived')),
	CONSTRAINT "plans_exam_after_start" CHECK ("plans"."exam_date" > "plans"."start_date"),
	CONSTRAINT "plans_revision_positive" CHECK ("plans"."revision" >= 1),
	CONSTRAINT "plans_availability_object" CHECK (jsonb_typeof("plans"."availability") = 'object'),
	CONSTRAINT "plans_pauses_array" CHECK (jsonb_typeof("plans"."pauses") = 'array'),
	CONSTRAINT "plans_exam_ref_format" CHECK ("plans"."exam_ref" ~ '^[^@\s]+@[^@\s]+$')
);
--> statement-breakpoint
CREATE TABLE "question_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"learner_id" uuid NOT NULL,
	"question_id" text NOT NULL,
	"bank" text,
	"quiz_id" uuid,
	"reason" text NOT NULL,
	"note" text,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone,
	CONSTRAINT "question_reports_reason" CHECK ("question_reports"."reason" in ('wrong-answer', 'unclear', 'outdated', 'typo', 'other')),
	CONSTRAINT "question_reports_status" CHECK ("question_reports"."status" in ('open', 'resolved')),
	CONSTRAINT "question_reports_note_length" CHECK (char_length("question_reports"."note") <= 1000),
	CONSTRAINT "question_reports_resolved_at_matches_status" CHECK (("question_reports"."status" = 'resolved') = ("question_reports"."resolved_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "quiz_answers" (
	"quiz_id" uuid NOT NULL,
	"learner_id" uuid NOT NULL,
	"question_id" text NOT NULL,
	"domain_id" text NOT NULL,
	"chosen" text[] NOT NULL,
	"correct" boolean NOT NULL,
	"answered_at" timestamp with time zone NOT NULL,
	"latency_ms" integer,
	"points" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "quiz_answers_quiz_id_learner_id_question_id_pk" PRIMARY KEY("quiz_id","learner_id","question_id"),
	CONSTRAINT "quiz_answers_latency_nonnegative" CHECK ("quiz_answers"."latency_ms" >= 0),
	CONSTRAINT "quiz_answers_points_nonnegative" CHECK ("quiz_answers"."points" >= 0),
	CONSTRAINT "quiz_answers_chosen_size" CHECK (cardinality("quiz_answers"."chosen") <= 6)
);
--> statement-breakpoint
CREATE TABLE "quizzes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mode" text NOT NULL,
	"exam_ref" text NOT NULL,
	"guild_id" text,
	"channel_id" text,
	"message_id" text,
	"started_by" uuid,
	"owner_id" uuid,
	"state" jsonb NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"seed" bigint NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "quizzes_mode" CHECK ("quizzes"."mode" in ('group', 'practice', 'mock')),
	CONSTRAINT "quizzes_status" CHECK ("quizzes"."status" in ('running', 'finished', 'cancelled')),
	CONSTRAINT "quizzes_owner_matches_mode" CHECK (("quizzes"."mode" = 'group') = ("quizzes"."owner_id" is null)),
	CONSTRAINT "quizzes_group_has_channel" CHECK ("quizzes"."mode" <> 'group' or "quizzes"."channel_id" is not null),
	CONSTRAINT "quizzes_finished_at_matches_status" CHECK (("quizzes"."status" = 'running') = ("quizzes"."finished_at" is null))
);
--> statement-breakpoint
CREATE TABLE "reminder_deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"learner_id" uuid NOT NULL,
	"local_date" date NOT NULL,
	"status" text DEFAULT 'claimed' NOT NULL,
	"lease_until" timestamp with time zone,
	"attempts" integer DEFAULT 1 NOT NULL,
	"next_attempt_at" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"message_id" text,
	"channel_id" text,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reminder_deliveries_one_per_learner_day" UNIQUE("learner_id","local_date"),
	CONSTRAINT "reminder_deliveries_status" CHECK ("reminder_deliveries"."status" in ('claimed', 'sent', 'failed', 'gave-up')),
	CONSTRAINT "reminder_deliveries_attempts_positive" CHECK ("reminder_deliveries"."attempts" >= 1),
	CONSTRAINT "reminder_deliveries_claim_has_lease" CHECK ("reminder_deliveries"."status" <> 'claimed' or "reminder_deliveries"."lease_until" is not null),
	CONSTRAINT "reminder_deliveries_failed_has_next_attempt" CHECK ("reminder_deliveries"."status" <> 'failed' or "reminder_deliveries"."next_attempt_at" is not null),
	CONSTRAINT "reminder_deliveries_sent_has_time" CHECK (("reminder_deliveries"."status" = 'sent') = ("reminder_deliveries"."sent_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "review_cards" (
	"learner_id" uuid NOT NULL,
	"question_id" text NOT NULL,
	"bank" text NOT NULL,
	"card" jsonb NOT NULL,
	"due" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_cards_learner_id_question_id_pk" PRIMARY KEY("learner_id","question_id")
);
--> statement-breakpoint
CREATE TABLE "score_report_domains" (
	"report_id" uuid NOT NULL,
	"domain_id" text NOT NULL,
	"percent" smallint NOT NULL,
	CONSTRAINT "score_report_domains_report_id_domain_id_pk" PRIMARY KEY("report_id","domain_id"),
	CONSTRAINT "score_report_domains_percent_range" CHECK ("score_report_domains"."percent" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "score_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"learner_id" uuid NOT NULL,
	"exam_ref" text NOT NULL,
	"taken_on" date NOT NULL,
	"total_score" integer NOT NULL,
	"max_score" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "score_reports_max_positive" CHECK ("score_reports"."max_score" > 0),
	CONSTRAINT "score_reports_total_in_range" CHECK ("score_reports"."total_score" between 0 and "score_reports"."max_score")
);
--> statement-breakpoint
CREATE TABLE "study_days" (
	"learner_id" uuid NOT NULL,
	"local_date" date NOT NULL,
	"minutes" integer DEFAULT 0 NOT NULL,
	"tasks_done" integer DEFAULT 0 NOT NULL,
	"questions_answered" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "study_days_learner_id_local_date_pk" PRIMARY KEY("learner_id","local_date"),
	CONSTRAINT "study_days_counts_nonnegative" CHECK ("study_days"."minutes" >= 0 and "study_days"."tasks_done" >= 0 and "study_days"."questions_answered" >= 0)
);
--> statement-breakpoint
ALTER TABLE "plan_tasks" ADD CONSTRAINT "plan_tasks_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_learner_id_learners_id_fk" FOREIGN KEY ("learner_id") REFERENCES "public"."learners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_reports" ADD CONSTRAINT "question_reports_learner_id_learners_id_fk" FOREIGN KEY ("learner_id") REFERENCES "public"."learners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_reports" ADD CONSTRAINT "question_reports_quiz_id_quizzes_id_fk" FOREIGN KEY ("quiz_id") REFERENCES "public"."quizzes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quiz_answers" ADD CONSTRAINT "quiz_answers_quiz_id_quizzes_id_fk" FOREIGN KEY ("quiz_id") REFERENCES "public"."quizzes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quiz_answers" ADD CONSTRAINT "quiz_answers_learner_id_learners_id_fk" FOREIGN KEY ("learner_id") REFERENCES "public"."learners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quizzes" ADD CONSTRAINT "quizzes_started_by_learners_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."learners"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quizzes" ADD CONSTRAINT "quizzes_owner_id_learners_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."learners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminder_deliveries" ADD CONSTRAINT "reminder_deliveries_learner_id_learners_id_fk" FOREIGN KEY ("learner_id") REFERENCES "public"."learners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_cards" ADD CONSTRAINT "review_cards_learner_id_learners_id_fk" FOREIGN KEY ("learner_id") REFERENCES "public"."learners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_report_domains" ADD CONSTRAINT "score_report_domains_report_id_score_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."score_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_reports" ADD CONSTRAINT "score_reports_learner_id_learners_id_fk" FOREIGN KEY ("learner_id") REFERENCES "public"."learners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "study_days" ADD CONSTRAINT "study_days_learner_id_learners_id_fk" FOREIGN KEY ("learner_id") REFERENCES "public"."learners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "learners_due_reminders_idx" ON "learners" USING btree ("next_reminder_at") WHERE "learners"."reminder_enabled";--> statement-breakpoint
CREATE INDEX "plan_tasks_plan_date_idx" ON "plan_tasks" USING btree ("plan_id","date");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_one_live_per_learner_exam" ON "plans" USING btree ("learner_id","exam_code") WHERE "plans"."status" <> 'archived';--> statement-breakpoint
CREATE INDEX "plans_learner_idx" ON "plans" USING btree ("learner_id");--> statement-breakpoint
CREATE INDEX "question_reports_question_idx" ON "question_reports" USING btree ("question_id");--> statement-breakpoint
CREATE INDEX "question_reports_learner_idx" ON "question_reports" USING btree ("learner_id");--> statement-breakpoint
CREATE INDEX "question_reports_quiz_idx" ON "question_reports" USING btree ("quiz_id");--> statement-breakpoint
CREATE INDEX "quiz_answers_learner_answered_idx" ON "quiz_answers" USING btree ("learner_id","answered_at");--> statement-breakpoint
CREATE UNIQUE INDEX "quizzes_one_running_group_per_channel" ON "quizzes" USING btree ("channel_id") WHERE "quizzes"."status" = 'running' and "quizzes"."mode" = 'group';--> statement-breakpoint
CREATE INDEX "quizzes_guild_started_idx" ON "quizzes" USING btree ("guild_id","started_at");--> statement-breakpoint
CREATE INDEX "quizzes_owner_idx" ON "quizzes" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "quizzes_started_by_idx" ON "quizzes" USING btree ("started_by");--> statement-breakpoint
CREATE INDEX "quizzes_running_idx" ON "quizzes" USING btree ("started_at") WHERE "quizzes"."status" = 'running';--> statement-breakpoint
CREATE INDEX "reminder_deliveries_expired_lease_idx" ON "reminder_deliveries" USING btree ("lease_until") WHERE "reminder_deliveries"."status" = 'claimed';--> statement-breakpoint
CREATE INDEX "reminder_deliveries_retry_idx" ON "reminder_deliveries" USING btree ("next_attempt_at") WHERE "reminder_deliveries"."status" = 'failed';--> statement-breakpoint
CREATE INDEX "review_cards_learner_due_idx" ON "review_cards" USING btree ("learner_id","due");--> statement-breakpoint
CREATE INDEX "score_reports_learner_idx" ON "score_reports" USING btree ("learner_id","taken_on");