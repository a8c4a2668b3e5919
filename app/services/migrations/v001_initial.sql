CREATE TABLE import_batches (
	id INTEGER NOT NULL,
	file_name TEXT NOT NULL,
	file_hash TEXT NOT NULL,
	sheet TEXT,
	created_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
	rows_read INTEGER DEFAULT '0' NOT NULL,
	rows_rejected INTEGER DEFAULT '0' NOT NULL,
	purchases_added INTEGER DEFAULT '0' NOT NULL,
	orders_added INTEGER DEFAULT '0' NOT NULL,
	customers_created INTEGER DEFAULT '0' NOT NULL,
	customers_matched INTEGER DEFAULT '0' NOT NULL,
	undone_at DATETIME,
	CONSTRAINT pk_import_batches PRIMARY KEY (id)
);

CREATE INDEX ix_import_batches_file_hash ON import_batches (file_hash);

CREATE TABLE settings (
	"key" TEXT NOT NULL,
	value_json TEXT NOT NULL,
	CONSTRAINT pk_settings PRIMARY KEY ("key")
);

CREATE TABLE templates (
	id INTEGER NOT NULL,
	builtin_key TEXT,
	language TEXT DEFAULT 'ru' NOT NULL,
	name TEXT NOT NULL,
	subject TEXT DEFAULT '' NOT NULL,
	body TEXT NOT NULL,
	created_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
	updated_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
	CONSTRAINT pk_templates PRIMARY KEY (id),
	CONSTRAINT uq_templates_builtin_key_language UNIQUE (builtin_key, language)
);

CREATE TABLE customers (
	id INTEGER NOT NULL,
	display_name TEXT NOT NULL,
	first_name TEXT,
	phone_raw TEXT,
	phone_e164 TEXT,
	email TEXT,
	telegram TEXT,
	birthday_month INTEGER,
	birthday_day INTEGER,
	birthday_year INTEGER,
	preferred_channel TEXT,
	notes TEXT DEFAULT '' NOT NULL,
	tags TEXT DEFAULT '' NOT NULL,
	do_not_contact BOOLEAN DEFAULT '0' NOT NULL,
	external_code TEXT,
	referred_by_id INTEGER,
	created_by_batch_id INTEGER,
	created_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
	updated_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
	CONSTRAINT pk_customers PRIMARY KEY (id),
	CONSTRAINT fk_customers_referred_by_id_customers FOREIGN KEY(referred_by_id) REFERENCES customers (id) ON DELETE SET NULL,
	CONSTRAINT fk_customers_created_by_batch_id_import_batches FOREIGN KEY(created_by_batch_id) REFERENCES import_batches (id) ON DELETE SET NULL
);

CREATE INDEX ix_customers_created_by_batch_id ON customers (created_by_batch_id);

CREATE INDEX ix_customers_display_name ON customers (display_name);

CREATE INDEX ix_customers_email ON customers (email);

CREATE INDEX ix_customers_external_code ON customers (external_code);

CREATE INDEX ix_customers_phone_e164 ON customers (phone_e164);

CREATE TABLE customer_stats (
	customer_id INTEGER NOT NULL,
	orders_count INTEGER NOT NULL,
	total_spent_minor INTEGER NOT NULL,
	first_order_on DATE,
	last_order_on DATE,
	recency_days INTEGER,
	r_score INTEGER,
	f_score INTEGER,
	m_score INTEGER,
	segment TEXT,
	computed_as_of DATE,
	CONSTRAINT pk_customer_stats PRIMARY KEY (customer_id),
	CONSTRAINT fk_customer_stats_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE CASCADE
);

CREATE INDEX ix_customer_stats_segment ON customer_stats (segment);

CREATE TABLE purchases (
	id INTEGER NOT NULL,
	customer_id INTEGER NOT NULL,
	purchased_on DATE NOT NULL,
	amount_minor INTEGER NOT NULL,
	quantity DOUBLE DEFAULT '1' NOT NULL,
	product TEXT,
	category TEXT,
	order_id TEXT,
	batch_id INTEGER,
	dedup_key TEXT,
	CONSTRAINT pk_purchases PRIMARY KEY (id),
	CONSTRAINT fk_purchases_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE CASCADE,
	CONSTRAINT fk_purchases_batch_id_import_batches FOREIGN KEY(batch_id) REFERENCES import_batches (id) ON DELETE SET NULL,
	CONSTRAINT uq_purchases_dedup_key UNIQUE (dedup_key)
);

CREATE INDEX ix_purchases_batch_id ON purchases (batch_id);

CREATE INDEX ix_purchases_customer_date ON purchases (customer_id, purchased_on);

CREATE INDEX ix_purchases_date ON purchases (purchased_on);

CREATE TABLE segment_snapshots (
	id INTEGER NOT NULL,
	taken_on DATE NOT NULL,
	customer_id INTEGER NOT NULL,
	segment TEXT NOT NULL,
	CONSTRAINT pk_segment_snapshots PRIMARY KEY (id),
	CONSTRAINT uq_segment_snapshots_taken_on_customer_id UNIQUE (taken_on, customer_id),
	CONSTRAINT fk_segment_snapshots_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE CASCADE
);

CREATE INDEX ix_segment_snapshots_customer ON segment_snapshots (customer_id);

CREATE TABLE tasks (
	id INTEGER NOT NULL,
	customer_id INTEGER NOT NULL,
	rule TEXT NOT NULL,
	occasion_key TEXT NOT NULL,
	due_on DATE NOT NULL,
	status TEXT DEFAULT 'open' NOT NULL,
	snoozed_until DATE,
	priority INTEGER DEFAULT '50' NOT NULL,
	reason_params TEXT DEFAULT '{}' NOT NULL,
	template_key TEXT,
	created_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
	completed_at DATETIME,
	CONSTRAINT pk_tasks PRIMARY KEY (id),
	CONSTRAINT uq_tasks_customer_id_rule_occasion_key UNIQUE (customer_id, rule, occasion_key),
	CONSTRAINT fk_tasks_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE CASCADE
);

CREATE INDEX ix_tasks_status_due ON tasks (status, due_on);

CREATE TABLE contacts (
	id INTEGER NOT NULL,
	customer_id INTEGER NOT NULL,
	contacted_at DATETIME NOT NULL,
	channel TEXT,
	template_id INTEGER,
	template_name TEXT,
	text TEXT DEFAULT '' NOT NULL,
	outcome TEXT NOT NULL,
	task_id INTEGER,
	rule TEXT,
	converted_on DATE,
	CONSTRAINT pk_contacts PRIMARY KEY (id),
	CONSTRAINT fk_contacts_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE CASCADE,
	CONSTRAINT fk_contacts_template_id_templates FOREIGN KEY(template_id) REFERENCES templates (id) ON DELETE SET NULL,
	CONSTRAINT fk_contacts_task_id_tasks FOREIGN KEY(task_id) REFERENCES tasks (id) ON DELETE SET NULL
);

CREATE INDEX ix_contacts_customer_when ON contacts (customer_id, contacted_at);
