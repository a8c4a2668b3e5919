-- Schema v7: satisfaction scores and complaints (both belong to a customer and go with them).
CREATE TABLE scores (
	id INTEGER NOT NULL,
	customer_id INTEGER NOT NULL,
	scored_on DATE NOT NULL,
	score INTEGER NOT NULL,
	comment TEXT DEFAULT '' NOT NULL,
	source TEXT NOT NULL,
	CONSTRAINT pk_scores PRIMARY KEY (id),
	CONSTRAINT score_range CHECK (score BETWEEN 0 AND 10),
	CONSTRAINT fk_scores_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE CASCADE
);
CREATE INDEX ix_scores_customer_day ON scores (customer_id, scored_on);
CREATE INDEX ix_scores_day ON scores (scored_on);
CREATE TABLE complaints (
	id INTEGER NOT NULL,
	customer_id INTEGER NOT NULL,
	score_id INTEGER,
	opened_on DATE NOT NULL,
	text TEXT DEFAULT '' NOT NULL,
	status TEXT DEFAULT 'open' NOT NULL,
	resolution TEXT DEFAULT '' NOT NULL,
	compensation TEXT DEFAULT '' NOT NULL,
	compensation_minor INTEGER,
	resolved_on DATE,
	CONSTRAINT pk_complaints PRIMARY KEY (id),
	CONSTRAINT fk_complaints_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE CASCADE,
	CONSTRAINT fk_complaints_score_id_scores FOREIGN KEY(score_id) REFERENCES scores (id) ON DELETE SET NULL
);
CREATE INDEX ix_complaints_customer_id ON complaints (customer_id);
CREATE INDEX ix_complaints_status ON complaints (status);
