-- The schema of step 9 for PostgreSQL (team mode's starting point). Frozen like every step:
-- later changes are new steps with a PostgreSQL variant. Every INTEGER is BIGINT: SQLite's
-- integers are 64-bit (line keys, money sums).

CREATE TABLE customer_merges (
    id BIGSERIAL NOT NULL,
    keep_id BIGINT NOT NULL,
    other_id BIGINT NOT NULL,
    merged_at TIMESTAMP WITHOUT TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    snapshot_json TEXT NOT NULL,
    undone_at TIMESTAMP WITHOUT TIME ZONE,
    CONSTRAINT pk_customer_merges PRIMARY KEY (id)
);

CREATE INDEX ix_customer_merges_keep_id ON customer_merges (keep_id);

CREATE TABLE duplicate_dismissals (
    low_id BIGINT NOT NULL,
    high_id BIGINT NOT NULL,
    dismissed_at TIMESTAMP WITHOUT TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_duplicate_dismissals PRIMARY KEY (low_id, high_id)
);

CREATE TABLE import_batches (
    id BIGSERIAL NOT NULL,
    file_name TEXT NOT NULL,
    file_hash TEXT NOT NULL,
    sheet TEXT,
    created_at TIMESTAMP WITHOUT TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    rows_read BIGINT DEFAULT '0' NOT NULL,
    rows_rejected BIGINT DEFAULT '0' NOT NULL,
    purchases_added BIGINT DEFAULT '0' NOT NULL,
    orders_added BIGINT DEFAULT '0' NOT NULL,
    customers_created BIGINT DEFAULT '0' NOT NULL,
    customers_matched BIGINT DEFAULT '0' NOT NULL,
    undone_at TIMESTAMP WITHOUT TIME ZONE,
    CONSTRAINT pk_import_batches PRIMARY KEY (id)
);

CREATE INDEX ix_import_batches_file_hash ON import_batches (file_hash);

CREATE TABLE settings (
    key TEXT NOT NULL,
    value_json TEXT NOT NULL,
    CONSTRAINT pk_settings PRIMARY KEY (key)
);

CREATE TABLE templates (
    id BIGSERIAL NOT NULL,
    builtin_key TEXT,
    language TEXT DEFAULT 'ru' NOT NULL,
    name TEXT NOT NULL,
    subject TEXT DEFAULT '' NOT NULL,
    body TEXT NOT NULL,
    created_at TIMESTAMP WITHOUT TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at TIMESTAMP WITHOUT TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_templates PRIMARY KEY (id),
    CONSTRAINT uq_templates_builtin_key_language UNIQUE (builtin_key, language)
);

CREATE TABLE customers (
    id BIGSERIAL NOT NULL,
    display_name TEXT NOT NULL,
    first_name TEXT,
    phone_raw TEXT,
    phone_e164 TEXT,
    email TEXT,
    telegram TEXT,
    birthday_month BIGINT,
    birthday_day BIGINT,
    birthday_year BIGINT,
    preferred_channel TEXT,
    notes TEXT DEFAULT '' NOT NULL,
    tags TEXT DEFAULT '' NOT NULL,
    do_not_contact BOOLEAN DEFAULT '0' NOT NULL,
    external_code TEXT,
    referred_by_id BIGINT,
    referral_code TEXT,
    created_by_batch_id BIGINT,
    created_at TIMESTAMP WITHOUT TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at TIMESTAMP WITHOUT TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_customers PRIMARY KEY (id),
    CONSTRAINT fk_customers_referred_by_id_customers FOREIGN KEY(referred_by_id) REFERENCES customers (id) ON DELETE SET NULL,
    CONSTRAINT fk_customers_created_by_batch_id_import_batches FOREIGN KEY(created_by_batch_id) REFERENCES import_batches (id) ON DELETE SET NULL
);

CREATE INDEX ix_customers_created_by_batch_id ON customers (created_by_batch_id);

CREATE INDEX ix_customers_display_name ON customers (display_name);

CREATE INDEX ix_customers_email ON customers (email);

CREATE INDEX ix_customers_external_code ON customers (external_code);

CREATE INDEX ix_customers_phone_e164 ON customers (phone_e164);

CREATE UNIQUE INDEX ix_customers_referral_code ON customers (referral_code);

CREATE TABLE customer_identities (
    id BIGSERIAL NOT NULL,
    customer_id BIGINT NOT NULL,
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    merge_id BIGINT,
    CONSTRAINT pk_customer_identities PRIMARY KEY (id),
    CONSTRAINT fk_customer_identities_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE CASCADE
);

CREATE INDEX ix_customer_identities_customer_id ON customer_identities (customer_id);

CREATE INDEX ix_customer_identities_merge_id ON customer_identities (merge_id);

CREATE TABLE customer_levels (
    id BIGSERIAL NOT NULL,
    customer_id BIGINT NOT NULL,
    level TEXT NOT NULL,
    since DATE NOT NULL,
    how TEXT DEFAULT 'computed' NOT NULL,
    until DATE,
    below_since DATE,
    CONSTRAINT pk_customer_levels PRIMARY KEY (id),
    CONSTRAINT fk_customer_levels_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE CASCADE
);

CREATE INDEX ix_customer_levels_customer ON customer_levels (customer_id, until);

CREATE TABLE customer_stats (
    customer_id BIGINT NOT NULL,
    orders_count BIGINT NOT NULL,
    total_spent_minor BIGINT NOT NULL,
    first_order_on DATE,
    last_order_on DATE,
    recency_days BIGINT,
    r_score BIGINT,
    f_score BIGINT,
    m_score BIGINT,
    segment TEXT,
    computed_as_of DATE,
    CONSTRAINT pk_customer_stats PRIMARY KEY (customer_id),
    CONSTRAINT fk_customer_stats_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE CASCADE
);

CREATE INDEX ix_customer_stats_segment ON customer_stats (segment);

CREATE TABLE predictions (
    customer_id BIGINT NOT NULL,
    next_day BIGINT,
    low_day BIGINT,
    high_day BIGINT,
    overdue BOOLEAN NOT NULL,
    p_alive DOUBLE PRECISION,
    expected_orders_90d DOUBLE PRECISION,
    predicted_value_12m_minor BIGINT NOT NULL,
    at_stake_minor BIGINT NOT NULL,
    next_order_confidence TEXT NOT NULL,
    p_alive_confidence TEXT NOT NULL,
    orders_confidence TEXT NOT NULL,
    value_confidence TEXT NOT NULL,
    CONSTRAINT pk_predictions PRIMARY KEY (customer_id),
    CONSTRAINT fk_predictions_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE CASCADE
);

CREATE TABLE purchases (
    id BIGSERIAL NOT NULL,
    customer_id BIGINT NOT NULL,
    purchased_on DATE NOT NULL,
    amount_minor BIGINT NOT NULL,
    quantity DOUBLE PRECISION DEFAULT '1' NOT NULL,
    product TEXT,
    category TEXT,
    order_id TEXT,
    batch_id BIGINT,
    dedup_key BIGINT,
    origin TEXT,
    note TEXT,
    CONSTRAINT pk_purchases PRIMARY KEY (id),
    CONSTRAINT fk_purchases_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE CASCADE,
    CONSTRAINT fk_purchases_batch_id_import_batches FOREIGN KEY(batch_id) REFERENCES import_batches (id) ON DELETE SET NULL
);

CREATE INDEX ix_purchases_batch_id ON purchases (batch_id);

CREATE INDEX ix_purchases_customer_date ON purchases (customer_id, purchased_on);

CREATE TABLE referral_rewards (
    id BIGSERIAL NOT NULL,
    referrer_id BIGINT NOT NULL,
    friend_id BIGINT NOT NULL,
    day DATE NOT NULL,
    first_purchase_id BIGINT,
    friend_bonus TEXT DEFAULT '' NOT NULL,
    referrer_bonus TEXT DEFAULT '' NOT NULL,
    created_at TIMESTAMP WITHOUT TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_referral_rewards PRIMARY KEY (id),
    CONSTRAINT fk_referral_rewards_referrer_id_customers FOREIGN KEY(referrer_id) REFERENCES customers (id) ON DELETE CASCADE,
    CONSTRAINT fk_referral_rewards_friend_id_customers FOREIGN KEY(friend_id) REFERENCES customers (id) ON DELETE CASCADE
);

CREATE INDEX ix_referral_rewards_friend_id ON referral_rewards (friend_id);

CREATE INDEX ix_referral_rewards_referrer_id ON referral_rewards (referrer_id);

CREATE TABLE scores (
    id BIGSERIAL NOT NULL,
    customer_id BIGINT NOT NULL,
    scored_on DATE NOT NULL,
    score BIGINT NOT NULL,
    comment TEXT DEFAULT '' NOT NULL,
    source TEXT NOT NULL,
    CONSTRAINT pk_scores PRIMARY KEY (id),
    CONSTRAINT score_range CHECK (score BETWEEN 0 AND 10),
    CONSTRAINT fk_scores_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE CASCADE
);

CREATE INDEX ix_scores_customer_day ON scores (customer_id, scored_on);

CREATE INDEX ix_scores_day ON scores (scored_on);

CREATE TABLE segment_snapshots (
    id BIGSERIAL NOT NULL,
    taken_on DATE NOT NULL,
    customer_id BIGINT NOT NULL,
    segment TEXT NOT NULL,
    CONSTRAINT pk_segment_snapshots PRIMARY KEY (id),
    CONSTRAINT uq_segment_snapshots_taken_on_customer_id UNIQUE (taken_on, customer_id),
    CONSTRAINT fk_segment_snapshots_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE CASCADE
);

CREATE INDEX ix_segment_snapshots_customer ON segment_snapshots (customer_id);

CREATE TABLE tasks (
    id BIGSERIAL NOT NULL,
    customer_id BIGINT NOT NULL,
    rule TEXT NOT NULL,
    occasion_key TEXT NOT NULL,
    due_on DATE NOT NULL,
    status TEXT DEFAULT 'open' NOT NULL,
    snoozed_until DATE,
    priority BIGINT DEFAULT '50' NOT NULL,
    reason_params TEXT DEFAULT '{}' NOT NULL,
    template_key TEXT,
    created_at TIMESTAMP WITHOUT TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    completed_at TIMESTAMP WITHOUT TIME ZONE,
    CONSTRAINT pk_tasks PRIMARY KEY (id),
    CONSTRAINT uq_tasks_customer_id_rule_occasion_key UNIQUE (customer_id, rule, occasion_key),
    CONSTRAINT fk_tasks_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE CASCADE
);

CREATE INDEX ix_tasks_status_due ON tasks (status, due_on);

CREATE TABLE complaints (
    id BIGSERIAL NOT NULL,
    customer_id BIGINT NOT NULL,
    score_id BIGINT,
    opened_on DATE NOT NULL,
    text TEXT DEFAULT '' NOT NULL,
    status TEXT DEFAULT 'open' NOT NULL,
    resolution TEXT DEFAULT '' NOT NULL,
    compensation TEXT DEFAULT '' NOT NULL,
    compensation_minor BIGINT,
    resolved_on DATE,
    CONSTRAINT pk_complaints PRIMARY KEY (id),
    CONSTRAINT fk_complaints_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE CASCADE,
    CONSTRAINT fk_complaints_score_id_scores FOREIGN KEY(score_id) REFERENCES scores (id) ON DELETE SET NULL
);

CREATE INDEX ix_complaints_customer_id ON complaints (customer_id);

CREATE INDEX ix_complaints_status ON complaints (status);

CREATE TABLE contacts (
    id BIGSERIAL NOT NULL,
    customer_id BIGINT NOT NULL,
    contacted_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    channel TEXT,
    template_id BIGINT,
    template_name TEXT,
    text TEXT DEFAULT '' NOT NULL,
    outcome TEXT NOT NULL,
    task_id BIGINT,
    rule TEXT,
    converted_on DATE,
    CONSTRAINT pk_contacts PRIMARY KEY (id),
    CONSTRAINT fk_contacts_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE CASCADE,
    CONSTRAINT fk_contacts_template_id_templates FOREIGN KEY(template_id) REFERENCES templates (id) ON DELETE SET NULL,
    CONSTRAINT fk_contacts_task_id_tasks FOREIGN KEY(task_id) REFERENCES tasks (id) ON DELETE SET NULL
);

CREATE INDEX ix_contacts_customer_when ON contacts (customer_id, contacted_at);

-- Step 9's tables (autopilot), which have no ORM model.
CREATE TABLE autopilot_outbox (
    id BIGSERIAL NOT NULL,
    task_id BIGINT,
    customer_id BIGINT NOT NULL,
    rule TEXT NOT NULL,
    template_id BIGINT,
    template_name TEXT,
    email TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    planned_on DATE NOT NULL,
    state TEXT DEFAULT 'planned' NOT NULL,
    reason TEXT DEFAULT '' NOT NULL,
    attempts BIGINT DEFAULT 0 NOT NULL,
    message_id TEXT,
    contact_id BIGINT,
    created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    sending_at TIMESTAMP WITHOUT TIME ZONE,
    finished_at TIMESTAMP WITHOUT TIME ZONE,
    CONSTRAINT pk_autopilot_outbox PRIMARY KEY (id),
    CONSTRAINT fk_autopilot_outbox_task_id_tasks FOREIGN KEY(task_id) REFERENCES tasks (id) ON DELETE SET NULL,
    CONSTRAINT fk_autopilot_outbox_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX ix_autopilot_outbox_task_id ON autopilot_outbox (task_id);
CREATE INDEX ix_autopilot_outbox_state ON autopilot_outbox (state);
CREATE INDEX ix_autopilot_outbox_customer_id ON autopilot_outbox (customer_id);

-- kind "person": nothing automatic goes to customer_id; kind "message": not the one message
-- of `rule` due on `due_on` (a preview row may not have a task yet).
CREATE TABLE autopilot_exclusions (
    id BIGSERIAL NOT NULL,
    kind TEXT NOT NULL,
    customer_id BIGINT NOT NULL,
    rule TEXT DEFAULT '' NOT NULL,
    due_on DATE,
    created_at TIMESTAMP WITHOUT TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_autopilot_exclusions PRIMARY KEY (id),
    CONSTRAINT fk_autopilot_exclusions_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE CASCADE
);
CREATE INDEX ix_autopilot_exclusions_customer_id ON autopilot_exclusions (customer_id);
