CREATE TABLE "life_ceo_domains" (
	"id" serial PRIMARY KEY,
	"name" varchar NOT NULL CONSTRAINT "life_ceo_domains_name_unique" UNIQUE,
	"agent_id" varchar NOT NULL,
	"description" text,
	"icon" varchar,
	"color" varchar,
	"created_at" timestamp DEFAULT now()
);
--> statement-breakpoint
CREATE TABLE "life_ceo_goals" (
	"id" serial PRIMARY KEY,
	"user_id" integer NOT NULL,
	"domain_id" integer,
	"title" text NOT NULL,
	"description" text,
	"target_date" timestamp,
	"status" varchar DEFAULT 'active' NOT NULL,
	"progress" integer DEFAULT 0,
	"priority" varchar DEFAULT 'medium',
	"metadata" jsonb,
	"created_at" timestamp DEFAULT now(),
	"updated_at" timestamp DEFAULT now(),
	"completed_at" timestamp
);
--> statement-breakpoint
CREATE TABLE "mr_blue_conversations" (
	"id" serial PRIMARY KEY,
	"user_id" integer NOT NULL,
	"title" text,
	"last_message_at" timestamp,
	"created_at" timestamp DEFAULT now()
);
--> statement-breakpoint
CREATE TABLE "mr_blue_messages" (
	"id" serial PRIMARY KEY,
	"conversation_id" integer NOT NULL,
	"role" varchar NOT NULL,
	"content" text NOT NULL,
	"metadata" jsonb,
	"created_at" timestamp DEFAULT now()
);
--> statement-breakpoint
CREATE TABLE "event_rsvps" (
	"id" serial PRIMARY KEY,
	"event_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"status" varchar NOT NULL,
	"created_at" timestamp DEFAULT now()
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" serial PRIMARY KEY,
	"user_id" integer NOT NULL,
	"title" varchar NOT NULL,
	"description" text NOT NULL,
	"image_url" text,
	"event_type" varchar NOT NULL,
	"start_date" timestamp NOT NULL,
	"end_date" timestamp,
	"date" text,
	"recurring" varchar,
	"location" text NOT NULL,
	"venue" varchar,
	"address" text,
	"city" varchar,
	"country" varchar,
	"latitude" text,
	"longitude" text,
	"is_online" boolean DEFAULT false,
	"meeting_url" text,
	"is_paid" boolean DEFAULT false,
	"price" text,
	"currency" varchar,
	"ticket_url" text,
	"max_attendees" integer,
	"status" varchar DEFAULT 'published',
	"tags" text[],
	"created_at" timestamp DEFAULT now(),
	"updated_at" timestamp DEFAULT now()
);
--> statement-breakpoint
CREATE TABLE "friend_requests" (
	"id" serial PRIMARY KEY,
	"sender_id" integer NOT NULL,
	"receiver_id" integer NOT NULL,
	"message" text,
	"status" varchar DEFAULT 'pending' NOT NULL,
	"created_at" timestamp DEFAULT now() NOT NULL,
	"responded_at" timestamp
);
--> statement-breakpoint
CREATE TABLE "friendship_activities" (
	"id" serial PRIMARY KEY,
	"friendship_id" integer NOT NULL,
	"activity_type" varchar NOT NULL,
	"metadata" text,
	"created_at" timestamp DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "friendship_media" (
	"id" serial PRIMARY KEY,
	"friend_request_id" integer,
	"friendship_id" integer,
	"uploader_id" integer NOT NULL,
	"media_url" text NOT NULL,
	"media_type" varchar NOT NULL,
	"caption" text,
	"phase" varchar NOT NULL,
	"created_at" timestamp DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "friendships" (
	"id" serial PRIMARY KEY,
	"user_id" integer NOT NULL,
	"friend_id" integer NOT NULL,
	"created_at" timestamp DEFAULT now() NOT NULL,
	"closeness_score" integer DEFAULT 75 NOT NULL,
	"connection_degree" integer DEFAULT 1 NOT NULL,
	"last_interaction_at" timestamp DEFAULT now(),
	"status" varchar DEFAULT 'active' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "chat_messages" (
	"id" serial PRIMARY KEY,
	"chat_room_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"message" text NOT NULL,
	"media_url" text,
	"media_type" varchar,
	"read_by" text[],
	"created_at" timestamp DEFAULT now()
);
--> statement-breakpoint
CREATE TABLE "chat_room_users" (
	"id" serial PRIMARY KEY,
	"chat_room_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"last_read_at" timestamp,
	"joined_at" timestamp DEFAULT now()
);
--> statement-breakpoint
CREATE TABLE "chat_rooms" (
	"id" serial PRIMARY KEY,
	"type" varchar DEFAULT 'direct' NOT NULL,
	"name" text,
	"avatar" text,
	"last_message_at" timestamp,
	"created_at" timestamp DEFAULT now()
);
--> statement-breakpoint
CREATE TABLE "message_reactions" (
	"id" serial PRIMARY KEY,
	"message_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"emoji" varchar NOT NULL,
	"created_at" timestamp DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agent_health" (
	"id" serial PRIMARY KEY,
	"agent_code" varchar NOT NULL,
	"status" varchar DEFAULT 'unknown' NOT NULL,
	"last_check_at" timestamp DEFAULT now() NOT NULL,
	"response_time" integer,
	"error_count" integer DEFAULT 0,
	"error_details" jsonb,
	"metadata" jsonb,
	"created_at" timestamp DEFAULT now(),
	"updated_at" timestamp DEFAULT now()
);
--> statement-breakpoint
CREATE TABLE "deployments" (
	"id" serial PRIMARY KEY,
	"user_id" integer NOT NULL,
	"type" varchar(20) NOT NULL,
	"status" varchar(20) NOT NULL,
	"git_commit_sha" varchar(40),
	"git_branch" varchar(255) NOT NULL,
	"git_commit_message" text,
	"vercel_url" text,
	"railway_url" text,
	"vercel_deployment_id" varchar(255),
	"railway_deployment_id" varchar(255),
	"build_logs" text,
	"error_message" text,
	"started_at" timestamp DEFAULT now(),
	"completed_at" timestamp,
	"duration_seconds" integer,
	"created_at" timestamp DEFAULT now(),
	"updated_at" timestamp DEFAULT now()
);
--> statement-breakpoint
CREATE TABLE "esa_agents" (
	"id" serial PRIMARY KEY,
	"agent_code" varchar(50) NOT NULL CONSTRAINT "esa_agents_agent_code_unique" UNIQUE,
	"agent_name" varchar(255) NOT NULL,
	"agent_type" varchar(50) NOT NULL,
	"parent_agent_id" integer,
	"division_chief_id" integer,
	"layer_number" integer,
	"tier" integer,
	"description" text,
	"responsibilities" text[],
	"competencies" text[],
	"status" varchar(20) DEFAULT 'inactive' NOT NULL,
	"certification_level" integer DEFAULT 0,
	"certified_at" timestamp,
	"training_methodology" varchar(100),
	"training_completed_at" timestamp,
	"tasks_completed" integer DEFAULT 0,
	"tasks_success" integer DEFAULT 0,
	"tasks_failed" integer DEFAULT 0,
	"avg_completion_time" integer,
	"last_active_at" timestamp,
	"configuration" jsonb,
	"created_at" timestamp DEFAULT now(),
	"updated_at" timestamp DEFAULT now()
);
--> statement-breakpoint
CREATE TABLE "follows" (
	"id" serial PRIMARY KEY,
	"follower_id" integer NOT NULL,
	"following_id" integer NOT NULL,
	"created_at" timestamp DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "post_comments" (
	"id" serial PRIMARY KEY,
	"post_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"parent_id" integer,
	"content" text NOT NULL,
	"likes" integer DEFAULT 0,
	"created_at" timestamp DEFAULT now(),
	"updated_at" timestamp DEFAULT now()
);
--> statement-breakpoint
CREATE TABLE "post_likes" (
	"id" serial PRIMARY KEY,
	"post_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"created_at" timestamp DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "posts" (
	"id" serial PRIMARY KEY,
	"user_id" integer NOT NULL,
	"event_id" integer,
	"content" text NOT NULL,
	"rich_content" jsonb,
	"plain_text" text,
	"image_url" text,
	"video_url" text,
	"media_embeds" jsonb,
	"mentions" text[],
	"hashtags" text[],
	"tags" text[],
	"location" text,
	"coordinates" jsonb,
	"place_id" text,
	"formatted_address" text,
	"visibility" varchar DEFAULT 'public',
	"post_type" varchar DEFAULT 'post',
	"likes" integer DEFAULT 0,
	"comments" integer DEFAULT 0,
	"shares" integer DEFAULT 0,
	"created_at" timestamp DEFAULT now(),
	"updated_at" timestamp DEFAULT now()
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" serial PRIMARY KEY,
	"email" varchar NOT NULL CONSTRAINT "users_email_unique" UNIQUE,
	"username" varchar NOT NULL CONSTRAINT "users_username_unique" UNIQUE,
	"password" text NOT NULL,
	"api_token" text,
	"two_factor_enabled" boolean DEFAULT false,
	"name" varchar NOT NULL,
	"first_name" varchar,
	"last_name" varchar,
	"nickname" varchar,
	"bio" text,
	"profile_image" text,
	"background_image" text,
	"mobile_no" varchar,
	"facebook_url" text,
	"country" varchar,
	"city" varchar,
	"state" varchar,
	"country_code" varchar,
	"state_code" varchar,
	"languages" text[],
	"tango_roles" text[],
	"leader_level" integer DEFAULT 0,
	"follower_level" integer DEFAULT 0,
	"years_of_dancing" integer DEFAULT 0,
	"started_dancing_year" integer,
	"occupation" varchar,
	"is_verified" boolean DEFAULT false,
	"is_active" boolean DEFAULT true,
	"suspended" boolean DEFAULT false,
	"is_onboarding_complete" boolean DEFAULT false,
	"form_status" integer DEFAULT 0,
	"code_of_conduct_accepted" boolean DEFAULT false,
	"terms_accepted" boolean DEFAULT false,
	"stripe_customer_id" varchar,
	"stripe_subscription_id" varchar,
	"subscription_status" varchar,
	"subscription_tier" varchar DEFAULT 'free',
	"customer_journey_state" varchar DEFAULT 'J1',
	"last_journey_update" timestamp,
	"device_type" varchar,
	"device_token" text,
	"replit_id" varchar,
	"last_login_at" timestamp,
	"last_login_ip" varchar,
	"role" varchar DEFAULT 'user' NOT NULL,
	"created_at" timestamp DEFAULT now(),
	"updated_at" timestamp DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX "life_ceo_goals_user_idx" ON "life_ceo_goals" ("user_id");--> statement-breakpoint
CREATE INDEX "life_ceo_goals_domain_idx" ON "life_ceo_goals" ("domain_id");--> statement-breakpoint
CREATE INDEX "life_ceo_goals_status_idx" ON "life_ceo_goals" ("status");--> statement-breakpoint
CREATE INDEX "mr_blue_conversations_user_idx" ON "mr_blue_conversations" ("user_id");--> statement-breakpoint
CREATE INDEX "mr_blue_messages_conversation_idx" ON "mr_blue_messages" ("conversation_id");--> statement-breakpoint
CREATE INDEX "event_rsvps_event_idx" ON "event_rsvps" ("event_id");--> statement-breakpoint
CREATE INDEX "event_rsvps_user_idx" ON "event_rsvps" ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "unique_rsvp" ON "event_rsvps" ("event_id","user_id");--> statement-breakpoint
CREATE INDEX "events_user_idx" ON "events" ("user_id");--> statement-breakpoint
CREATE INDEX "events_start_date_idx" ON "events" ("start_date");--> statement-breakpoint
CREATE INDEX "events_city_idx" ON "events" ("city");--> statement-breakpoint
CREATE INDEX "friend_requests_sender_idx" ON "friend_requests" ("sender_id");--> statement-breakpoint
CREATE INDEX "friend_requests_receiver_idx" ON "friend_requests" ("receiver_id");--> statement-breakpoint
CREATE INDEX "friend_requests_status_idx" ON "friend_requests" ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "unique_friend_request" ON "friend_requests" ("sender_id","receiver_id");--> statement-breakpoint
CREATE INDEX "friendship_activities_friendship_idx" ON "friendship_activities" ("friendship_id");--> statement-breakpoint
CREATE INDEX "friendship_activities_type_idx" ON "friendship_activities" ("activity_type");--> statement-breakpoint
CREATE INDEX "friendship_activities_date_idx" ON "friendship_activities" ("created_at");--> statement-breakpoint
CREATE INDEX "friendship_media_request_idx" ON "friendship_media" ("friend_request_id");--> statement-breakpoint
CREATE INDEX "friendship_media_friendship_idx" ON "friendship_media" ("friendship_id");--> statement-breakpoint
CREATE INDEX "friendship_media_uploader_idx" ON "friendship_media" ("uploader_id");--> statement-breakpoint
CREATE INDEX "friendships_user_idx" ON "friendships" ("user_id");--> statement-breakpoint
CREATE INDEX "friendships_friend_idx" ON "friendships" ("friend_id");--> statement-breakpoint
CREATE INDEX "friendships_closeness_idx" ON "friendships" ("closeness_score");--> statement-breakpoint
CREATE UNIQUE INDEX "unique_friendship" ON "friendships" ("user_id","friend_id");--> statement-breakpoint
CREATE INDEX "chat_messages_room_idx" ON "chat_messages" ("chat_room_id");--> statement-breakpoint
CREATE INDEX "chat_messages_user_idx" ON "chat_messages" ("user_id");--> statement-breakpoint
CREATE INDEX "chat_messages_created_at_idx" ON "chat_messages" ("created_at");--> statement-breakpoint
CREATE INDEX "chat_room_users_room_idx" ON "chat_room_users" ("chat_room_id");--> statement-breakpoint
CREATE INDEX "chat_room_users_user_idx" ON "chat_room_users" ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "unique_chat_participant" ON "chat_room_users" ("chat_room_id","user_id");--> statement-breakpoint
CREATE INDEX "message_reactions_message_idx" ON "message_reactions" ("message_id");--> statement-breakpoint
CREATE INDEX "message_reactions_user_idx" ON "message_reactions" ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "unique_message_reaction" ON "message_reactions" ("message_id","user_id","emoji");--> statement-breakpoint
CREATE INDEX "agent_health_agent_code_idx" ON "agent_health" ("agent_code");--> statement-breakpoint
CREATE INDEX "agent_health_status_idx" ON "agent_health" ("status");--> statement-breakpoint
CREATE INDEX "agent_health_last_check_idx" ON "agent_health" ("last_check_at");--> statement-breakpoint
CREATE INDEX "deployments_user_id_idx" ON "deployments" ("user_id");--> statement-breakpoint
CREATE INDEX "deployments_status_idx" ON "deployments" ("status");--> statement-breakpoint
CREATE INDEX "esa_agents_agent_code_idx" ON "esa_agents" ("agent_code");--> statement-breakpoint
CREATE INDEX "esa_agents_agent_type_idx" ON "esa_agents" ("agent_type");--> statement-breakpoint
CREATE INDEX "esa_agents_status_idx" ON "esa_agents" ("status");--> statement-breakpoint
CREATE INDEX "follows_follower_idx" ON "follows" ("follower_id");--> statement-breakpoint
CREATE INDEX "follows_following_idx" ON "follows" ("following_id");--> statement-breakpoint
CREATE UNIQUE INDEX "unique_follow" ON "follows" ("follower_id","following_id");--> statement-breakpoint
CREATE INDEX "post_comments_post_idx" ON "post_comments" ("post_id");--> statement-breakpoint
CREATE INDEX "post_comments_user_idx" ON "post_comments" ("user_id");--> statement-breakpoint
CREATE INDEX "post_comments_parent_idx" ON "post_comments" ("parent_id");--> statement-breakpoint
CREATE INDEX "post_likes_post_idx" ON "post_likes" ("post_id");--> statement-breakpoint
CREATE INDEX "post_likes_user_idx" ON "post_likes" ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "unique_post_like" ON "post_likes" ("post_id","user_id");--> statement-breakpoint
CREATE INDEX "posts_user_idx" ON "posts" ("user_id");--> statement-breakpoint
CREATE INDEX "posts_event_idx" ON "posts" ("event_id");--> statement-breakpoint
CREATE INDEX "posts_created_at_idx" ON "posts" ("created_at");--> statement-breakpoint
CREATE INDEX "users_email_idx" ON "users" ("email");--> statement-breakpoint
CREATE INDEX "users_username_idx" ON "users" ("username");--> statement-breakpoint
ALTER TABLE "life_ceo_goals" ADD CONSTRAINT "life_ceo_goals_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "life_ceo_goals" ADD CONSTRAINT "life_ceo_goals_domain_id_life_ceo_domains_id_fk" FOREIGN KEY ("domain_id") REFERENCES "life_ceo_domains"("id");--> statement-breakpoint
ALTER TABLE "mr_blue_conversations" ADD CONSTRAINT "mr_blue_conversations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "mr_blue_messages" ADD CONSTRAINT "mr_blue_messages_conversation_id_mr_blue_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "mr_blue_conversations"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "event_rsvps" ADD CONSTRAINT "event_rsvps_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "event_rsvps" ADD CONSTRAINT "event_rsvps_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "friend_requests" ADD CONSTRAINT "friend_requests_sender_id_users_id_fk" FOREIGN KEY ("sender_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "friend_requests" ADD CONSTRAINT "friend_requests_receiver_id_users_id_fk" FOREIGN KEY ("receiver_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "friendship_activities" ADD CONSTRAINT "friendship_activities_friendship_id_friendships_id_fk" FOREIGN KEY ("friendship_id") REFERENCES "friendships"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "friendship_media" ADD CONSTRAINT "friendship_media_friend_request_id_friend_requests_id_fk" FOREIGN KEY ("friend_request_id") REFERENCES "friend_requests"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "friendship_media" ADD CONSTRAINT "friendship_media_friendship_id_friendships_id_fk" FOREIGN KEY ("friendship_id") REFERENCES "friendships"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "friendship_media" ADD CONSTRAINT "friendship_media_uploader_id_users_id_fk" FOREIGN KEY ("uploader_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "friendships" ADD CONSTRAINT "friendships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "friendships" ADD CONSTRAINT "friendships_friend_id_users_id_fk" FOREIGN KEY ("friend_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "chat_messages" ADD CONSTRAINT "chat_messages_chat_room_id_chat_rooms_id_fk" FOREIGN KEY ("chat_room_id") REFERENCES "chat_rooms"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "chat_messages" ADD CONSTRAINT "chat_messages_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "chat_room_users" ADD CONSTRAINT "chat_room_users_chat_room_id_chat_rooms_id_fk" FOREIGN KEY ("chat_room_id") REFERENCES "chat_rooms"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "chat_room_users" ADD CONSTRAINT "chat_room_users_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "message_reactions" ADD CONSTRAINT "message_reactions_message_id_chat_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "chat_messages"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "message_reactions" ADD CONSTRAINT "message_reactions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "deployments" ADD CONSTRAINT "deployments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "esa_agents" ADD CONSTRAINT "esa_agents_parent_agent_id_esa_agents_id_fk" FOREIGN KEY ("parent_agent_id") REFERENCES "esa_agents"("id");--> statement-breakpoint
ALTER TABLE "esa_agents" ADD CONSTRAINT "esa_agents_division_chief_id_esa_agents_id_fk" FOREIGN KEY ("division_chief_id") REFERENCES "esa_agents"("id");--> statement-breakpoint
ALTER TABLE "follows" ADD CONSTRAINT "follows_follower_id_users_id_fk" FOREIGN KEY ("follower_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "follows" ADD CONSTRAINT "follows_following_id_users_id_fk" FOREIGN KEY ("following_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "post_comments" ADD CONSTRAINT "post_comments_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "post_comments" ADD CONSTRAINT "post_comments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "post_likes" ADD CONSTRAINT "post_likes_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "post_likes" ADD CONSTRAINT "post_likes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE;