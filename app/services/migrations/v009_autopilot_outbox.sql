-- Schema v9: autopilot. One outbox row per automatic e-mail (planned -> sending -> sent, or
-- failed / skipped / uncertain), and what the owner excluded from it.
CREATE TABLE autopilot_outbox (
	id INTEGER NOT NULL,
	task_id INTEGER,
	customer_id INTEGER NOT NULL,
	rule TEXT NOT NULL,
	template_id INTEGER,
	template_name TEXT,
	email TEXT NOT NULL,
	subject TEXT NOT NULL,
	body TEXT NOT NULL,
	planned_on DATE NOT NULL,
	state TEXT DEFAULT 'planned' NOT NULL,
	reason TEXT DEFAULT '' NOT NULL,
	attempts INTEGER DEFAULT 0 NOT NULL,
	message_id TEXT,
	contact_id INTEGER,
	created_at DATETIME NOT NULL,
	sending_at DATETIME,
	finished_at DATETIME,
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
	id INTEGER NOT NULL,
	kind TEXT NOT NULL,
	customer_id INTEGER NOT NULL,
	rule TEXT DEFAULT '' NOT NULL,
	due_on DATE,
	created_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
	CONSTRAINT pk_autopilot_exclusions PRIMARY KEY (id),
	CONSTRAINT fk_autopilot_exclusions_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE CASCADE
);
CREATE INDEX ix_autopilot_exclusions_customer_id ON autopilot_exclusions (customer_id);
