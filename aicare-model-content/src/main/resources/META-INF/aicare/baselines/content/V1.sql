-- AICare Models: PostgreSQL schema generated from the entity models.
-- Modules, in dependency order: auth, clinical, content
-- 36 tables, 468 columns, 95 indexes, 45 foreign keys, 4 enum types.

-- Module auth

CREATE TYPE agent_role_enum AS ENUM ('admin', 'counselor', 'operator', 'student');

CREATE TABLE agent_users (
    id varchar NOT NULL,
    role agent_role_enum NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT agent_users_pkey PRIMARY KEY (id)
);

CREATE TABLE user_audit_log (
    id serial NOT NULL,
    user_id integer NOT NULL,
    action varchar(50) NOT NULL,
    table_name varchar(100) NOT NULL,
    record_id integer,
    changed_fields jsonb,
    change_reason text,
    changed_by_user_id integer,
    changed_by_role varchar(50),
    changed_by_name varchar(200),
    ip_address varchar(45),
    user_agent text,
    request_id varchar(100),
    session_id varchar(100),
    timestamp timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_audit_log_pkey PRIMARY KEY (id)
);
COMMENT ON COLUMN user_audit_log.user_id IS 'FK to users table (one-to-many relationship)';
COMMENT ON COLUMN user_audit_log.action IS 'Action: ''created'', ''updated'', ''deleted'', ''viewed'', ''exported'', ''migrated''';
COMMENT ON COLUMN user_audit_log.table_name IS 'Table that was changed (e.g., ''user_profiles'', ''user_clinical_records'')';
COMMENT ON COLUMN user_audit_log.record_id IS 'ID of the specific record that was changed';
COMMENT ON COLUMN user_audit_log.changed_fields IS 'Changed fields with old/new values: {''field'': {''old'': ''value1'', ''new'': ''value2''}}';
COMMENT ON COLUMN user_audit_log.change_reason IS 'Why the change was made (e.g., ''Risk escalation detected by STA'', ''User profile update'')';
COMMENT ON COLUMN user_audit_log.changed_by_user_id IS 'User who made the change (NULL for system/agent changes)';
COMMENT ON COLUMN user_audit_log.changed_by_role IS 'Role of actor: ''user'', ''counselor'', ''admin'', ''system'', ''agent''';
COMMENT ON COLUMN user_audit_log.changed_by_name IS 'Name of actor (for human readability)';
COMMENT ON COLUMN user_audit_log.ip_address IS 'IP address of request';
COMMENT ON COLUMN user_audit_log.user_agent IS 'Browser/app user agent string';
COMMENT ON COLUMN user_audit_log.request_id IS 'Distributed tracing request ID (for tracking across microservices)';
COMMENT ON COLUMN user_audit_log.session_id IS 'Session ID (for tracking user session)';
COMMENT ON COLUMN user_audit_log.timestamp IS 'When the change occurred';
CREATE INDEX ix_user_audit_log_action ON user_audit_log (action);
CREATE INDEX ix_user_audit_log_changed_by_user_id ON user_audit_log (changed_by_user_id);
CREATE INDEX ix_user_audit_log_id ON user_audit_log (id);
CREATE INDEX ix_user_audit_log_request_id ON user_audit_log (request_id);
CREATE INDEX ix_user_audit_log_session_id ON user_audit_log (session_id);
CREATE INDEX ix_user_audit_log_table_name ON user_audit_log (table_name);
CREATE INDEX ix_user_audit_log_timestamp ON user_audit_log (timestamp);
CREATE INDEX ix_user_audit_log_user_id ON user_audit_log (user_id);

CREATE TABLE user_clinical_records (
    id serial NOT NULL,
    user_id integer NOT NULL,
    current_risk_level varchar(20),
    last_risk_assessment_date timestamp with time zone,
    last_risk_score double precision,
    highest_risk_level_ever varchar(20),
    crisis_count integer,
    clinical_summary text,
    primary_concerns varchar[],
    diagnosed_conditions varchar[],
    symptom_onset_date date,
    safety_plan_active boolean,
    safety_plan_notes text,
    safety_plan_created_at timestamp with time zone,
    safety_plan_reviewed_at timestamp with time zone,
    safety_plan_reviewed_by_user_id integer,
    warning_signs varchar[],
    coping_strategies varchar[],
    is_in_external_therapy boolean,
    external_therapist_name varchar(200),
    external_therapist_contact varchar(100),
    external_therapist_institution varchar(200),
    therapy_modality varchar(100),
    therapy_frequency varchar(100),
    therapy_start_date date,
    therapy_end_date date,
    is_on_medication boolean,
    medication_notes text,
    medication_start_date date,
    prescribing_doctor varchar(200),
    aicare_team_notes text,
    flagged_for_review boolean,
    flagged_reason text,
    flagged_at timestamp with time zone,
    flagged_by_user_id integer,
    access_level varchar(50),
    data_sharing_restrictions text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_by_user_id integer,
    last_reviewed_at timestamp with time zone,
    last_reviewed_by_user_id integer,
    CONSTRAINT user_clinical_records_pkey PRIMARY KEY (id)
);
COMMENT ON COLUMN user_clinical_records.user_id IS 'FK to users table (one-to-one relationship)';
COMMENT ON COLUMN user_clinical_records.current_risk_level IS 'Current risk level: low, medium, high, critical';
COMMENT ON COLUMN user_clinical_records.last_risk_score IS 'Numeric risk score (0.0-10.0) from STA agent';
COMMENT ON COLUMN user_clinical_records.highest_risk_level_ever IS 'Historical peak risk level (for trend analysis)';
COMMENT ON COLUMN user_clinical_records.crisis_count IS 'Number of crisis episodes detected';
COMMENT ON COLUMN user_clinical_records.clinical_summary IS 'Counselor''s clinical summary (unlimited length)';
COMMENT ON COLUMN user_clinical_records.primary_concerns IS 'Main mental health concerns (e.g., [''anxiety'', ''depression''])';
COMMENT ON COLUMN user_clinical_records.diagnosed_conditions IS 'Professionally diagnosed conditions (if any)';
COMMENT ON COLUMN user_clinical_records.symptom_onset_date IS 'When symptoms first appeared';
COMMENT ON COLUMN user_clinical_records.safety_plan_active IS 'Whether user has an active safety plan';
COMMENT ON COLUMN user_clinical_records.safety_plan_reviewed_by_user_id IS 'Counselor who last reviewed the safety plan';
COMMENT ON COLUMN user_clinical_records.warning_signs IS 'Early warning signs of crisis (e.g., [''isolation'', ''sleep_disruption''])';
COMMENT ON COLUMN user_clinical_records.coping_strategies IS 'Coping strategies for crisis (e.g., [''call_friend'', ''breathing_exercise''])';
COMMENT ON COLUMN user_clinical_records.is_in_external_therapy IS 'Whether user is seeing an external therapist';
COMMENT ON COLUMN user_clinical_records.therapy_modality IS 'Type of therapy (e.g., ''CBT'', ''DBT'', ''Psychodynamic'')';
COMMENT ON COLUMN user_clinical_records.therapy_frequency IS 'e.g., ''weekly'', ''biweekly'', ''monthly''';
COMMENT ON COLUMN user_clinical_records.is_on_medication IS 'Whether user is taking psychiatric medication';
COMMENT ON COLUMN user_clinical_records.medication_notes IS 'Medication details (not prescriptions - reference only)';
COMMENT ON COLUMN user_clinical_records.aicare_team_notes IS 'Internal notes from UGM-AICare team (not visible to user)';
COMMENT ON COLUMN user_clinical_records.flagged_for_review IS 'Flagged by agent for counselor review';
COMMENT ON COLUMN user_clinical_records.flagged_by_user_id IS 'Agent/counselor who flagged this case';
COMMENT ON COLUMN user_clinical_records.access_level IS 'counselor_only | clinical_team | research_anonymized';
COMMENT ON COLUMN user_clinical_records.data_sharing_restrictions IS 'Special restrictions on data sharing (e.g., ''Do not share with external research'')';
COMMENT ON COLUMN user_clinical_records.updated_by_user_id IS 'Last counselor/admin who edited this record';
COMMENT ON COLUMN user_clinical_records.last_reviewed_at IS 'Last clinical review date (for SLA tracking)';
COMMENT ON COLUMN user_clinical_records.last_reviewed_by_user_id IS 'Counselor who performed last review';
CREATE INDEX ix_user_clinical_records_current_risk_level ON user_clinical_records (current_risk_level);
CREATE INDEX ix_user_clinical_records_flagged_for_review ON user_clinical_records (flagged_for_review);
CREATE INDEX ix_user_clinical_records_id ON user_clinical_records (id);
CREATE INDEX ix_user_clinical_records_last_risk_assessment_date ON user_clinical_records (last_risk_assessment_date);
CREATE UNIQUE INDEX ix_user_clinical_records_user_id ON user_clinical_records (user_id);

CREATE TABLE user_consent_ledger (
    id serial NOT NULL,
    user_id integer NOT NULL,
    consent_type varchar(100) NOT NULL,
    granted boolean NOT NULL,
    scope text,
    consent_version varchar(50) NOT NULL,
    consent_document_url varchar(500),
    consent_language varchar(10),
    ip_address varchar(45),
    user_agent text,
    device_type varchar(50),
    consent_method varchar(50),
    timestamp timestamp with time zone DEFAULT now() NOT NULL,
    expires_at timestamp with time zone,
    CONSTRAINT user_consent_ledger_pkey PRIMARY KEY (id)
);
COMMENT ON COLUMN user_consent_ledger.user_id IS 'FK to users table (one-to-many relationship)';
COMMENT ON COLUMN user_consent_ledger.consent_type IS 'Type: ''data_sharing'', ''research'', ''marketing'', ''emergency_contact'', ''analytics'', ''ai_coaching''';
COMMENT ON COLUMN user_consent_ledger.granted IS 'True=consent granted, False=consent withdrawn';
COMMENT ON COLUMN user_consent_ledger.scope IS 'Scope of consent (e.g., ''Share anonymized mood data with research team'')';
COMMENT ON COLUMN user_consent_ledger.consent_version IS 'Version of consent document (e.g., ''v1.0'', ''v2.1'')';
COMMENT ON COLUMN user_consent_ledger.consent_document_url IS 'URL to the consent document user agreed to';
COMMENT ON COLUMN user_consent_ledger.consent_language IS 'Language consent was shown in (e.g., ''id'', ''en'')';
COMMENT ON COLUMN user_consent_ledger.ip_address IS 'IP address where consent was given';
COMMENT ON COLUMN user_consent_ledger.user_agent IS 'Browser/app user agent string';
COMMENT ON COLUMN user_consent_ledger.device_type IS 'Device type: ''mobile'', ''tablet'', ''desktop''';
COMMENT ON COLUMN user_consent_ledger.consent_method IS 'Method: ''checkbox'', ''digital_signature'', ''verbal_recorded'', ''opt_in'', ''opt_out''';
COMMENT ON COLUMN user_consent_ledger.timestamp IS 'When consent was granted/withdrawn';
COMMENT ON COLUMN user_consent_ledger.expires_at IS 'When consent expires (optional, for time-limited consent)';
CREATE INDEX ix_user_consent_ledger_consent_type ON user_consent_ledger (consent_type);
CREATE INDEX ix_user_consent_ledger_granted ON user_consent_ledger (granted);
CREATE INDEX ix_user_consent_ledger_id ON user_consent_ledger (id);
CREATE INDEX ix_user_consent_ledger_timestamp ON user_consent_ledger (timestamp);
CREATE INDEX ix_user_consent_ledger_user_id ON user_consent_ledger (user_id);

CREATE TABLE user_emergency_contacts (
    id serial NOT NULL,
    user_id integer NOT NULL,
    full_name varchar(200) NOT NULL,
    relationship_to_user varchar(100) NOT NULL,
    phone varchar(20) NOT NULL,
    alternate_phone varchar(20),
    email varchar(255),
    address text,
    priority integer NOT NULL,
    is_active boolean NOT NULL,
    can_receive_crisis_alerts boolean,
    contact_time_restrictions text,
    consent_to_contact boolean NOT NULL,
    consent_granted_date date,
    consent_expires_date date,
    consent_method varchar(50),
    notes text,
    last_contacted_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_emergency_contacts_pkey PRIMARY KEY (id)
);
COMMENT ON COLUMN user_emergency_contacts.user_id IS 'FK to users table (one-to-many relationship)';
COMMENT ON COLUMN user_emergency_contacts.full_name IS 'Full name of emergency contact';
COMMENT ON COLUMN user_emergency_contacts.relationship_to_user IS 'Relationship to user (e.g., ''Mother'', ''Best Friend'', ''Academic Advisor'')';
COMMENT ON COLUMN user_emergency_contacts.phone IS 'Primary phone number';
COMMENT ON COLUMN user_emergency_contacts.alternate_phone IS 'Alternate phone number (optional)';
COMMENT ON COLUMN user_emergency_contacts.email IS 'Email address (optional)';
COMMENT ON COLUMN user_emergency_contacts.address IS 'Full address (for in-person contact if needed)';
COMMENT ON COLUMN user_emergency_contacts.priority IS 'Contact priority: 1=primary, 2=secondary, 3=tertiary, etc.';
COMMENT ON COLUMN user_emergency_contacts.is_active IS 'Whether this contact is currently active';
COMMENT ON COLUMN user_emergency_contacts.can_receive_crisis_alerts IS 'Whether to notify during crisis (some contacts prefer no alerts)';
COMMENT ON COLUMN user_emergency_contacts.contact_time_restrictions IS 'Time restrictions (e.g., ''Only 9am-5pm weekdays'', ''No late night calls'')';
COMMENT ON COLUMN user_emergency_contacts.consent_to_contact IS 'Contact has consented to be emergency contact';
COMMENT ON COLUMN user_emergency_contacts.consent_granted_date IS 'When consent was granted';
COMMENT ON COLUMN user_emergency_contacts.consent_expires_date IS 'When consent expires (optional, for time-limited consent)';
COMMENT ON COLUMN user_emergency_contacts.consent_method IS 'How consent was obtained: ''verbal'', ''written'', ''digital_signature''';
COMMENT ON COLUMN user_emergency_contacts.notes IS 'Additional notes about this contact (e.g., ''Speaks English only'', ''Prefers WhatsApp'')';
COMMENT ON COLUMN user_emergency_contacts.last_contacted_at IS 'When this contact was last reached (for audit and avoiding over-contact)';
CREATE INDEX ix_user_emergency_contacts_id ON user_emergency_contacts (id);
CREATE INDEX ix_user_emergency_contacts_is_active ON user_emergency_contacts (is_active);
CREATE INDEX ix_user_emergency_contacts_priority ON user_emergency_contacts (priority);
CREATE INDEX ix_user_emergency_contacts_user_id ON user_emergency_contacts (user_id);

CREATE TABLE user_preferences (
    id serial NOT NULL,
    user_id integer NOT NULL,
    preferred_language varchar(10),
    preferred_timezone varchar(50),
    date_format varchar(20),
    time_format varchar(10),
    allow_email_checkins boolean,
    allow_sms_reminders boolean,
    allow_push_notifications boolean,
    allow_whatsapp_notifications boolean,
    notification_quiet_hours_start time without time zone,
    notification_quiet_hours_end time without time zone,
    notification_frequency varchar(20),
    email_frequency varchar(20),
    email_newsletter boolean,
    email_updates boolean,
    theme varchar(20),
    font_size varchar(20),
    high_contrast_mode boolean,
    reduce_animations boolean,
    color_scheme varchar(50),
    screen_reader_enabled boolean,
    keyboard_navigation_only boolean,
    dyslexia_font boolean,
    accessibility_notes text,
    check_in_code varchar(50),
    check_in_frequency varchar(20),
    check_in_reminder_time time without time zone,
    check_in_reminder_enabled boolean,
    profile_visibility varchar(20),
    show_online_status boolean,
    allow_analytics_tracking boolean,
    aika_personality varchar(20),
    aika_response_length varchar(20),
    auto_suggest_interventions boolean,
    created_at integer DEFAULT EXTRACT(epoch FROM now()) NOT NULL,
    updated_at integer DEFAULT EXTRACT(epoch FROM now()) NOT NULL,
    CONSTRAINT user_preferences_pkey PRIMARY KEY (id)
);
COMMENT ON COLUMN user_preferences.user_id IS 'FK to users table (one-to-one relationship)';
COMMENT ON COLUMN user_preferences.preferred_language IS 'ISO 639-1 code: ''id'' (Indonesian), ''en'' (English), ''jv'' (Javanese)';
COMMENT ON COLUMN user_preferences.preferred_timezone IS 'IANA timezone (e.g., ''Asia/Jakarta'', ''Asia/Makassar'')';
COMMENT ON COLUMN user_preferences.date_format IS 'Date display format';
COMMENT ON COLUMN user_preferences.time_format IS '12h or 24h';
COMMENT ON COLUMN user_preferences.allow_whatsapp_notifications IS 'WhatsApp is very popular in Indonesia';
COMMENT ON COLUMN user_preferences.notification_frequency IS 'low | normal | high';
COMMENT ON COLUMN user_preferences.email_frequency IS 'daily | weekly | monthly | never';
COMMENT ON COLUMN user_preferences.email_newsletter IS 'Subscribe to UGM-AICare newsletter';
COMMENT ON COLUMN user_preferences.email_updates IS 'Receive platform updates & announcements';
COMMENT ON COLUMN user_preferences.theme IS 'light | dark | system';
COMMENT ON COLUMN user_preferences.font_size IS 'small | medium | large | xlarge';
COMMENT ON COLUMN user_preferences.high_contrast_mode IS 'High contrast for visual impairment';
COMMENT ON COLUMN user_preferences.reduce_animations IS 'Reduce motion for vestibular disorders';
COMMENT ON COLUMN user_preferences.color_scheme IS 'Custom color scheme (future feature)';
COMMENT ON COLUMN user_preferences.screen_reader_enabled IS 'Using screen reader (optimize for ARIA)';
COMMENT ON COLUMN user_preferences.keyboard_navigation_only IS 'Navigate without mouse (motor impairment)';
COMMENT ON COLUMN user_preferences.dyslexia_font IS 'Use dyslexia-friendly font (OpenDyslexic)';
COMMENT ON COLUMN user_preferences.accessibility_notes IS 'Additional accessibility needs (free text)';
COMMENT ON COLUMN user_preferences.check_in_code IS 'Unique code for daily check-ins (e.g., ''MOOD-abc123'')';
COMMENT ON COLUMN user_preferences.check_in_frequency IS 'daily | weekly | manual';
COMMENT ON COLUMN user_preferences.check_in_reminder_time IS 'Preferred time for daily check-in reminder (e.g., ''09:00'')';
COMMENT ON COLUMN user_preferences.profile_visibility IS 'public | friends | private';
COMMENT ON COLUMN user_preferences.show_online_status IS 'Show when user is online (future social feature)';
COMMENT ON COLUMN user_preferences.allow_analytics_tracking IS 'Consent to anonymized analytics (IA agent)';
COMMENT ON COLUMN user_preferences.aika_personality IS 'empathetic | professional | casual | balanced';
COMMENT ON COLUMN user_preferences.aika_response_length IS 'concise | balanced | detailed';
COMMENT ON COLUMN user_preferences.auto_suggest_interventions IS 'Aika proactively suggests CBT interventions';
CREATE UNIQUE INDEX ix_user_preferences_check_in_code ON user_preferences (check_in_code);
CREATE INDEX ix_user_preferences_id ON user_preferences (id);
CREATE UNIQUE INDEX ix_user_preferences_user_id ON user_preferences (user_id);

CREATE TABLE user_profiles (
    id serial NOT NULL,
    user_id integer NOT NULL,
    first_name varchar(100),
    last_name varchar(100),
    preferred_name varchar(100),
    pronouns varchar(50),
    phone varchar(20),
    alternate_phone varchar(20),
    date_of_birth date,
    gender varchar(50),
    city varchar(100),
    province varchar(100),
    country varchar(100),
    university varchar(200),
    faculty varchar(200),
    department varchar(200),
    major varchar(200),
    year_of_study integer,
    student_id varchar(50),
    batch_year integer,
    profile_photo_url varchar(500),
    profile_photo_storage_key varchar(200),
    current_streak integer,
    longest_streak integer,
    last_activity_date date,
    sentiment_score double precision,
    total_care_tokens integer,
    bio text,
    interests varchar[],
    created_at date DEFAULT CURRENT_DATE NOT NULL,
    updated_at date DEFAULT CURRENT_DATE NOT NULL,
    CONSTRAINT user_profiles_pkey PRIMARY KEY (id)
);
COMMENT ON COLUMN user_profiles.user_id IS 'FK to users table (one-to-one relationship)';
COMMENT ON COLUMN user_profiles.first_name IS 'Given name (e.g., ''John'')';
COMMENT ON COLUMN user_profiles.last_name IS 'Family name (e.g., ''Doe'')';
COMMENT ON COLUMN user_profiles.preferred_name IS 'What they want to be called (e.g., ''Johnny'')';
COMMENT ON COLUMN user_profiles.pronouns IS 'e.g., ''he/him'', ''she/her'', ''they/them''';
COMMENT ON COLUMN user_profiles.province IS 'Indonesian province (e.g., ''DI Yogyakarta'')';
COMMENT ON COLUMN user_profiles.country IS 'Country of residence';
COMMENT ON COLUMN user_profiles.faculty IS 'UGM faculty (e.g., ''FMIPA'', ''FEB'', ''FK'')';
COMMENT ON COLUMN user_profiles.department IS 'Department/Program (e.g., ''Computer Science'')';
COMMENT ON COLUMN user_profiles.student_id IS 'Official NIM (Nomor Induk Mahasiswa) - UNIQUE identifier';
COMMENT ON COLUMN user_profiles.batch_year IS 'Enrollment year (e.g., 2021)';
COMMENT ON COLUMN user_profiles.profile_photo_storage_key IS 'S3/MinIO storage key for profile photo';
COMMENT ON COLUMN user_profiles.total_care_tokens IS 'Total CARE tokens earned (token economy integration)';
COMMENT ON COLUMN user_profiles.bio IS 'User bio / about me (unlimited length)';
COMMENT ON COLUMN user_profiles.interests IS 'List of interests (e.g., [''music'', ''sports'', ''reading''])';
CREATE INDEX ix_user_profiles_id ON user_profiles (id);
CREATE UNIQUE INDEX ix_user_profiles_student_id ON user_profiles (student_id);
CREATE UNIQUE INDEX ix_user_profiles_user_id ON user_profiles (user_id);

CREATE TABLE user_sessions (
    id varchar(255) NOT NULL,
    user_id integer NOT NULL,
    device_type varchar(50),
    device_name varchar(200),
    ip_address varchar(45),
    user_agent varchar(500),
    location_city varchar(100),
    location_country varchar(100),
    is_active boolean NOT NULL,
    last_activity_at timestamp with time zone DEFAULT now() NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    CONSTRAINT user_sessions_pkey PRIMARY KEY (id)
);
COMMENT ON COLUMN user_sessions.id IS 'Session token (used in Authorization header)';
COMMENT ON COLUMN user_sessions.user_id IS 'FK to users table (one-to-many relationship)';
COMMENT ON COLUMN user_sessions.device_type IS 'Device type: ''mobile'', ''tablet'', ''desktop'', ''unknown''';
COMMENT ON COLUMN user_sessions.device_name IS 'Device name/browser (e.g., ''Chrome 120.0'', ''Safari iOS'', ''Android App'')';
COMMENT ON COLUMN user_sessions.ip_address IS 'IP address of session';
COMMENT ON COLUMN user_sessions.user_agent IS 'Browser/app user agent string';
COMMENT ON COLUMN user_sessions.location_city IS 'Geographic location (city) - from IP geolocation';
COMMENT ON COLUMN user_sessions.location_country IS 'Geographic location (country)';
COMMENT ON COLUMN user_sessions.is_active IS 'Whether session is currently active';
COMMENT ON COLUMN user_sessions.last_activity_at IS 'Last activity timestamp (updated on each request)';
COMMENT ON COLUMN user_sessions.created_at IS 'When session was created (login time)';
COMMENT ON COLUMN user_sessions.expires_at IS 'When session expires (for automatic cleanup)';
CREATE INDEX ix_user_sessions_expires_at ON user_sessions (expires_at);
CREATE INDEX ix_user_sessions_ip_address ON user_sessions (ip_address);
CREATE INDEX ix_user_sessions_is_active ON user_sessions (is_active);
CREATE INDEX ix_user_sessions_user_id ON user_sessions (user_id);

CREATE TABLE users (
    id serial NOT NULL,
    google_sub varchar,
    twitter_id varchar,
    email varchar NOT NULL,
    name varchar,
    first_name varchar,
    last_name varchar,
    phone varchar,
    date_of_birth date,
    gender varchar,
    city varchar,
    university varchar,
    major varchar,
    year_of_study varchar,
    sentiment_score double precision NOT NULL,
    wallet_address varchar,
    role varchar NOT NULL,
    password_hash varchar,
    password_reset_token varchar,
    password_reset_expires timestamp without time zone,
    email_verified boolean NOT NULL,
    is_active boolean NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    last_login timestamp without time zone,
    current_streak integer NOT NULL,
    longest_streak integer NOT NULL,
    last_activity_date date,
    allow_email_checkins boolean NOT NULL,
    profile_photo_url varchar,
    preferred_name varchar,
    pronouns varchar,
    alternate_phone varchar,
    check_in_code varchar(64),
    emergency_contact_name varchar,
    emergency_contact_relationship varchar,
    emergency_contact_phone varchar,
    emergency_contact_email varchar,
    risk_level varchar,
    clinical_summary text,
    primary_concerns text,
    safety_plan_notes text,
    current_therapist_name varchar,
    current_therapist_contact varchar,
    therapy_modality varchar,
    therapy_frequency varchar,
    therapy_notes text,
    consent_data_sharing boolean NOT NULL,
    consent_research boolean NOT NULL,
    consent_emergency_contact boolean NOT NULL,
    consent_marketing boolean NOT NULL,
    preferred_language varchar,
    preferred_timezone varchar,
    accessibility_needs text,
    communication_preferences text,
    interface_preferences text,
    aicare_team_notes text,
    CONSTRAINT users_pkey PRIMARY KEY (id),
    CONSTRAINT users_check_in_code_key UNIQUE (check_in_code)
);
CREATE UNIQUE INDEX ix_users_email ON users (email);
CREATE UNIQUE INDEX ix_users_google_sub ON users (google_sub);
CREATE INDEX ix_users_id ON users (id);
CREATE UNIQUE INDEX ix_users_twitter_id ON users (twitter_id);
CREATE UNIQUE INDEX ix_users_wallet_address ON users (wallet_address);

ALTER TABLE user_audit_log ADD CONSTRAINT user_audit_log_changed_by_user_id_fkey FOREIGN KEY (changed_by_user_id) REFERENCES users (id);
ALTER TABLE user_audit_log ADD CONSTRAINT user_audit_log_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;
ALTER TABLE user_clinical_records ADD CONSTRAINT user_clinical_records_flagged_by_user_id_fkey FOREIGN KEY (flagged_by_user_id) REFERENCES users (id);
ALTER TABLE user_clinical_records ADD CONSTRAINT user_clinical_records_last_reviewed_by_user_id_fkey FOREIGN KEY (last_reviewed_by_user_id) REFERENCES users (id);
ALTER TABLE user_clinical_records ADD CONSTRAINT user_clinical_records_safety_plan_reviewed_by_user_id_fkey FOREIGN KEY (safety_plan_reviewed_by_user_id) REFERENCES users (id);
ALTER TABLE user_clinical_records ADD CONSTRAINT user_clinical_records_updated_by_user_id_fkey FOREIGN KEY (updated_by_user_id) REFERENCES users (id);
ALTER TABLE user_clinical_records ADD CONSTRAINT user_clinical_records_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;
ALTER TABLE user_consent_ledger ADD CONSTRAINT user_consent_ledger_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;
ALTER TABLE user_emergency_contacts ADD CONSTRAINT user_emergency_contacts_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;
ALTER TABLE user_preferences ADD CONSTRAINT user_preferences_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;
ALTER TABLE user_profiles ADD CONSTRAINT user_profiles_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;
ALTER TABLE user_sessions ADD CONSTRAINT user_sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;

-- Module clinical

CREATE TYPE case_severity_enum AS ENUM ('low', 'med', 'high', 'critical');

CREATE TYPE case_status_enum AS ENUM ('new', 'in_progress', 'waiting', 'resolved', 'closed');

CREATE TYPE message_role_enum AS ENUM ('user', 'assistant', 'system');

CREATE TABLE case_assignments (
    id uuid NOT NULL,
    case_id uuid NOT NULL,
    assigned_to varchar(255),
    assigned_by integer,
    assigned_at timestamp with time zone DEFAULT now() NOT NULL,
    reassignment_reason text,
    previous_assignee varchar(255),
    CONSTRAINT case_assignments_pkey PRIMARY KEY (id)
);
CREATE INDEX ix_case_assignments_assigned_to ON case_assignments (assigned_to);
CREATE INDEX ix_case_assignments_case_id ON case_assignments (case_id);

CREATE TABLE case_notes (
    id serial NOT NULL,
    case_id uuid NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    author_id integer,
    note text NOT NULL,
    CONSTRAINT case_notes_pkey PRIMARY KEY (id)
);
CREATE INDEX ix_case_notes_author_id ON case_notes (author_id);
CREATE INDEX ix_case_notes_case_id ON case_notes (case_id);

CREATE TABLE cases (
    id uuid NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    status case_status_enum NOT NULL,
    severity case_severity_enum NOT NULL,
    assigned_to varchar,
    user_hash varchar NOT NULL,
    session_id varchar,
    conversation_id integer,
    summary_redacted text,
    sla_breach_at timestamp with time zone,
    closure_reason text,
    CONSTRAINT cases_pkey PRIMARY KEY (id)
);
CREATE INDEX ix_cases_assigned_to ON cases (assigned_to);

CREATE TABLE conversations (
    id serial NOT NULL,
    user_id integer NOT NULL,
    session_id varchar NOT NULL,
    conversation_id varchar NOT NULL,
    message text NOT NULL,
    response text NOT NULL,
    timestamp timestamp without time zone NOT NULL,
    CONSTRAINT conversations_pkey PRIMARY KEY (id)
);
CREATE INDEX ix_conversations_conversation_id ON conversations (conversation_id);
CREATE INDEX ix_conversations_id ON conversations (id);
CREATE INDEX ix_conversations_session_id ON conversations (session_id);

CREATE TABLE feedback (
    id serial NOT NULL,
    user_id integer,
    session_id varchar,
    ease_of_use_rating integer,
    chatbot_understanding_rating integer,
    felt_understood_rating integer,
    nps_rating integer,
    goal_achieved varchar,
    improvement_suggestion text NOT NULL,
    category varchar,
    timestamp timestamp without time zone NOT NULL,
    CONSTRAINT feedback_pkey PRIMARY KEY (id)
);
CREATE INDEX ix_feedback_id ON feedback (id);
CREATE INDEX ix_feedback_session_id ON feedback (session_id);
CREATE INDEX ix_feedback_user_id ON feedback (user_id);

CREATE TABLE flagged_sessions (
    id serial NOT NULL,
    session_id varchar NOT NULL,
    user_id integer,
    reason text,
    notes text,
    tags json,
    status varchar NOT NULL,
    flagged_by_admin_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    CONSTRAINT flagged_sessions_pkey PRIMARY KEY (id)
);
CREATE INDEX ix_flagged_sessions_flagged_by_admin_id ON flagged_sessions (flagged_by_admin_id);
CREATE INDEX ix_flagged_sessions_id ON flagged_sessions (id);
CREATE INDEX ix_flagged_sessions_session_id ON flagged_sessions (session_id);
CREATE INDEX ix_flagged_sessions_status ON flagged_sessions (status);
CREATE INDEX ix_flagged_sessions_user_id ON flagged_sessions (user_id);

CREATE TABLE intervention_campaigns (
    id serial NOT NULL,
    campaign_type varchar(100) NOT NULL,
    title varchar(255) NOT NULL,
    description text,
    content json NOT NULL,
    target_criteria json,
    target_audience_size integer NOT NULL,
    priority varchar(50) NOT NULL,
    status varchar(50) NOT NULL,
    start_date timestamp without time zone NOT NULL,
    end_date timestamp without time zone,
    executions_delivered integer NOT NULL,
    executions_failed integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    CONSTRAINT intervention_campaigns_pkey PRIMARY KEY (id)
);
CREATE INDEX ix_intervention_campaigns_id ON intervention_campaigns (id);
CREATE INDEX ix_intervention_campaigns_status ON intervention_campaigns (status);

CREATE TABLE intervention_plan_records (
    id serial NOT NULL,
    user_id integer NOT NULL,
    session_id varchar(255),
    conversation_id integer,
    plan_title varchar(500) NOT NULL,
    risk_level integer,
    plan_data json NOT NULL,
    total_steps integer NOT NULL,
    completed_steps integer NOT NULL,
    completion_tracking json NOT NULL,
    status varchar(50) NOT NULL,
    is_active boolean NOT NULL,
    archived_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    last_viewed_at timestamp without time zone,
    CONSTRAINT intervention_plan_records_pkey PRIMARY KEY (id)
);
CREATE INDEX ix_intervention_plan_records_conversation_id ON intervention_plan_records (conversation_id);
CREATE INDEX ix_intervention_plan_records_created_at ON intervention_plan_records (created_at);
CREATE INDEX ix_intervention_plan_records_id ON intervention_plan_records (id);
CREATE INDEX ix_intervention_plan_records_session_id ON intervention_plan_records (session_id);
CREATE INDEX ix_intervention_plan_records_status ON intervention_plan_records (status);
CREATE INDEX ix_intervention_plan_records_user_id ON intervention_plan_records (user_id);

CREATE TABLE intervention_plan_step_completions (
    id serial NOT NULL,
    plan_id integer NOT NULL,
    step_index integer NOT NULL,
    step_title varchar(500) NOT NULL,
    completed boolean NOT NULL,
    completed_at timestamp without time zone,
    notes text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    CONSTRAINT intervention_plan_step_completions_pkey PRIMARY KEY (id)
);
CREATE INDEX ix_intervention_plan_step_completions_id ON intervention_plan_step_completions (id);
CREATE INDEX ix_intervention_plan_step_completions_plan_id ON intervention_plan_step_completions (plan_id);

CREATE TABLE journal_entries (
    id serial NOT NULL,
    user_id integer NOT NULL,
    entry_date date NOT NULL,
    content text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    prompt_id integer,
    CONSTRAINT journal_entries_pkey PRIMARY KEY (id),
    CONSTRAINT _user_entry_date_uc UNIQUE (user_id, entry_date)
);
CREATE INDEX ix_journal_entries_entry_date ON journal_entries (entry_date);
CREATE INDEX ix_journal_entries_id ON journal_entries (id);
CREATE INDEX ix_journal_entries_user_id ON journal_entries (user_id);

CREATE TABLE journal_prompts (
    id serial NOT NULL,
    category varchar,
    text text NOT NULL,
    is_active boolean NOT NULL,
    CONSTRAINT journal_prompts_pkey PRIMARY KEY (id)
);
CREATE INDEX ix_journal_prompts_category ON journal_prompts (category);
CREATE INDEX ix_journal_prompts_id ON journal_prompts (id);

CREATE TABLE journal_reflection_points (
    id serial NOT NULL,
    journal_entry_id integer NOT NULL,
    user_id integer NOT NULL,
    reflection_text text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    CONSTRAINT journal_reflection_points_pkey PRIMARY KEY (id)
);
CREATE INDEX ix_journal_reflection_points_id ON journal_reflection_points (id);
CREATE INDEX ix_journal_reflection_points_journal_entry_id ON journal_reflection_points (journal_entry_id);
CREATE INDEX ix_journal_reflection_points_user_id ON journal_reflection_points (user_id);

CREATE TABLE messages (
    id uuid NOT NULL,
    session_id varchar NOT NULL,
    role message_role_enum NOT NULL,
    content_redacted text NOT NULL,
    tools_used jsonb,
    trace_id varchar,
    ts timestamp with time zone NOT NULL,
    CONSTRAINT messages_pkey PRIMARY KEY (id)
);
CREATE INDEX ix_messages_session_id ON messages (session_id);
CREATE INDEX ix_messages_tools_used ON messages USING gin (tools_used);
CREATE INDEX ix_messages_ts ON messages (ts);

CREATE TABLE psychologists (
    id serial NOT NULL,
    user_id integer,
    name varchar NOT NULL,
    specialization varchar,
    image_url varchar,
    is_available boolean NOT NULL,
    bio text,
    education json,
    certifications json,
    years_of_experience integer,
    languages json,
    consultation_fee double precision,
    availability_schedule json,
    rating double precision,
    total_reviews integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    CONSTRAINT psychologists_pkey PRIMARY KEY (id)
);
CREATE INDEX ix_psychologists_id ON psychologists (id);
CREATE INDEX ix_psychologists_is_available ON psychologists (is_available);
CREATE UNIQUE INDEX ix_psychologists_user_id ON psychologists (user_id);

CREATE TABLE triage_assessments (
    id serial NOT NULL,
    conversation_id integer,
    user_id integer,
    risk_score double precision NOT NULL,
    confidence_score double precision NOT NULL,
    severity_level varchar(50) NOT NULL,
    risk_factors json,
    recommended_action varchar(100),
    assessment_data json,
    processing_time_ms integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    CONSTRAINT triage_assessments_pkey PRIMARY KEY (id)
);
CREATE INDEX ix_triage_assessments_conversation_id ON triage_assessments (conversation_id);
CREATE INDEX ix_triage_assessments_created_at ON triage_assessments (created_at);
CREATE INDEX ix_triage_assessments_id ON triage_assessments (id);
CREATE INDEX ix_triage_assessments_severity_level ON triage_assessments (severity_level);
CREATE INDEX ix_triage_assessments_user_id ON triage_assessments (user_id);

CREATE TABLE user_summaries (
    id serial NOT NULL,
    user_id integer NOT NULL,
    summarized_session_id varchar,
    summary_text text NOT NULL,
    timestamp timestamp without time zone NOT NULL,
    CONSTRAINT user_summaries_pkey PRIMARY KEY (id)
);
CREATE INDEX ix_user_summaries_id ON user_summaries (id);
CREATE INDEX ix_user_summaries_summarized_session_id ON user_summaries (summarized_session_id);
CREATE INDEX ix_user_summaries_user_id ON user_summaries (user_id);

ALTER TABLE case_assignments ADD CONSTRAINT case_assignments_assigned_by_fkey FOREIGN KEY (assigned_by) REFERENCES users (id) ON DELETE SET NULL;
ALTER TABLE case_assignments ADD CONSTRAINT case_assignments_assigned_to_fkey FOREIGN KEY (assigned_to) REFERENCES agent_users (id) ON DELETE SET NULL;
ALTER TABLE case_assignments ADD CONSTRAINT case_assignments_case_id_fkey FOREIGN KEY (case_id) REFERENCES cases (id) ON DELETE CASCADE;
ALTER TABLE case_notes ADD CONSTRAINT case_notes_author_id_fkey FOREIGN KEY (author_id) REFERENCES users (id) ON DELETE SET NULL;
ALTER TABLE case_notes ADD CONSTRAINT case_notes_case_id_fkey FOREIGN KEY (case_id) REFERENCES cases (id) ON DELETE CASCADE;
ALTER TABLE cases ADD CONSTRAINT cases_assigned_to_fkey FOREIGN KEY (assigned_to) REFERENCES agent_users (id) ON DELETE SET NULL;
ALTER TABLE cases ADD CONSTRAINT cases_conversation_id_fkey FOREIGN KEY (conversation_id) REFERENCES conversations (id) ON DELETE SET NULL;
ALTER TABLE conversations ADD CONSTRAINT conversations_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);
ALTER TABLE feedback ADD CONSTRAINT feedback_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);
ALTER TABLE flagged_sessions ADD CONSTRAINT flagged_sessions_flagged_by_admin_id_fkey FOREIGN KEY (flagged_by_admin_id) REFERENCES users (id);
ALTER TABLE flagged_sessions ADD CONSTRAINT flagged_sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);
ALTER TABLE intervention_plan_records ADD CONSTRAINT intervention_plan_records_conversation_id_fkey FOREIGN KEY (conversation_id) REFERENCES conversations (id);
ALTER TABLE intervention_plan_records ADD CONSTRAINT intervention_plan_records_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);
ALTER TABLE intervention_plan_step_completions ADD CONSTRAINT intervention_plan_step_completions_plan_id_fkey FOREIGN KEY (plan_id) REFERENCES intervention_plan_records (id);
ALTER TABLE journal_entries ADD CONSTRAINT journal_entries_prompt_id_fkey FOREIGN KEY (prompt_id) REFERENCES journal_prompts (id);
ALTER TABLE journal_entries ADD CONSTRAINT journal_entries_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);
ALTER TABLE journal_reflection_points ADD CONSTRAINT journal_reflection_points_journal_entry_id_fkey FOREIGN KEY (journal_entry_id) REFERENCES journal_entries (id);
ALTER TABLE journal_reflection_points ADD CONSTRAINT journal_reflection_points_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);
ALTER TABLE psychologists ADD CONSTRAINT psychologists_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;
ALTER TABLE triage_assessments ADD CONSTRAINT triage_assessments_conversation_id_fkey FOREIGN KEY (conversation_id) REFERENCES conversations (id);
ALTER TABLE triage_assessments ADD CONSTRAINT triage_assessments_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);
ALTER TABLE user_summaries ADD CONSTRAINT user_summaries_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;

-- Module content

CREATE TABLE appointment_types (
    id serial NOT NULL,
    name varchar NOT NULL,
    duration_minutes integer NOT NULL,
    description text,
    CONSTRAINT appointment_types_pkey PRIMARY KEY (id)
);
CREATE INDEX ix_appointment_types_id ON appointment_types (id);

CREATE TABLE appointments (
    id serial NOT NULL,
    user_id integer NOT NULL,
    psychologist_id integer NOT NULL,
    appointment_type_id integer NOT NULL,
    appointment_datetime timestamp without time zone NOT NULL,
    notes text,
    status varchar(50) NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    CONSTRAINT appointments_pkey PRIMARY KEY (id)
);
CREATE INDEX ix_appointments_id ON appointments (id);

CREATE TABLE cbt_module_steps (
    id serial NOT NULL,
    module_id integer NOT NULL,
    step_order integer NOT NULL,
    step_type varchar(50) NOT NULL,
    content text NOT NULL,
    user_input_type varchar(50),
    user_input_variable varchar(100),
    feedback_prompt text,
    options json,
    tool_to_run varchar(100),
    is_skippable boolean NOT NULL,
    delay_after_ms integer NOT NULL,
    parent_id integer,
    extra_data json,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    CONSTRAINT cbt_module_steps_pkey PRIMARY KEY (id)
);
CREATE INDEX ix_cbt_module_steps_id ON cbt_module_steps (id);

CREATE TABLE cbt_modules (
    id serial NOT NULL,
    title varchar(255) NOT NULL,
    description text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    CONSTRAINT cbt_modules_pkey PRIMARY KEY (id)
);
CREATE INDEX ix_cbt_modules_id ON cbt_modules (id);

CREATE TABLE content_resources (
    id serial NOT NULL,
    title varchar(255) NOT NULL,
    content text NOT NULL,
    source varchar(255),
    type varchar(50) NOT NULL,
    description text,
    tags json,
    metadata json,
    mime_type varchar(100),
    storage_backend varchar(50) NOT NULL,
    object_storage_key varchar(255),
    object_storage_bucket varchar(255),
    embedding_status varchar(50) NOT NULL,
    embedding_last_processed_at timestamp without time zone,
    chunk_count integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    CONSTRAINT content_resources_pkey PRIMARY KEY (id)
);
CREATE INDEX ix_content_resources_id ON content_resources (id);

CREATE TABLE resources (
    resource_id varchar NOT NULL,
    title varchar NOT NULL,
    category varchar,
    eligibility jsonb,
    contact jsonb,
    url varchar,
    active boolean NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    CONSTRAINT resources_pkey PRIMARY KEY (resource_id)
);

CREATE TABLE survey_answers (
    id serial NOT NULL,
    response_id integer NOT NULL,
    question_id integer NOT NULL,
    answer_text text NOT NULL,
    CONSTRAINT survey_answers_pkey PRIMARY KEY (id)
);
CREATE INDEX ix_survey_answers_id ON survey_answers (id);

CREATE TABLE survey_questions (
    id serial NOT NULL,
    survey_id integer NOT NULL,
    question_text text NOT NULL,
    question_type varchar NOT NULL,
    options json,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    CONSTRAINT survey_questions_pkey PRIMARY KEY (id)
);
CREATE INDEX ix_survey_questions_id ON survey_questions (id);

CREATE TABLE survey_responses (
    id serial NOT NULL,
    survey_id integer NOT NULL,
    user_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    CONSTRAINT survey_responses_pkey PRIMARY KEY (id)
);
CREATE INDEX ix_survey_responses_id ON survey_responses (id);

CREATE TABLE surveys (
    id serial NOT NULL,
    title varchar NOT NULL,
    description text,
    category varchar(100),
    is_active boolean NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    CONSTRAINT surveys_pkey PRIMARY KEY (id)
);
CREATE INDEX ix_surveys_id ON surveys (id);

CREATE TABLE therapist_schedules (
    id serial NOT NULL,
    therapist_id integer NOT NULL,
    day_of_week varchar NOT NULL,
    start_time varchar NOT NULL,
    end_time varchar NOT NULL,
    is_available boolean NOT NULL,
    reason varchar,
    CONSTRAINT therapist_schedules_pkey PRIMARY KEY (id)
);
CREATE INDEX ix_therapist_schedules_id ON therapist_schedules (id);

ALTER TABLE appointments ADD CONSTRAINT appointments_appointment_type_id_fkey FOREIGN KEY (appointment_type_id) REFERENCES appointment_types (id);
ALTER TABLE appointments ADD CONSTRAINT appointments_psychologist_id_fkey FOREIGN KEY (psychologist_id) REFERENCES psychologists (id);
ALTER TABLE appointments ADD CONSTRAINT appointments_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);
ALTER TABLE cbt_module_steps ADD CONSTRAINT cbt_module_steps_module_id_fkey FOREIGN KEY (module_id) REFERENCES cbt_modules (id);
ALTER TABLE cbt_module_steps ADD CONSTRAINT cbt_module_steps_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES cbt_module_steps (id);
ALTER TABLE survey_answers ADD CONSTRAINT survey_answers_question_id_fkey FOREIGN KEY (question_id) REFERENCES survey_questions (id);
ALTER TABLE survey_answers ADD CONSTRAINT survey_answers_response_id_fkey FOREIGN KEY (response_id) REFERENCES survey_responses (id);
ALTER TABLE survey_questions ADD CONSTRAINT survey_questions_survey_id_fkey FOREIGN KEY (survey_id) REFERENCES surveys (id);
ALTER TABLE survey_responses ADD CONSTRAINT survey_responses_survey_id_fkey FOREIGN KEY (survey_id) REFERENCES surveys (id);
ALTER TABLE survey_responses ADD CONSTRAINT survey_responses_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);
ALTER TABLE therapist_schedules ADD CONSTRAINT therapist_schedules_therapist_id_fkey FOREIGN KEY (therapist_id) REFERENCES users (id);
