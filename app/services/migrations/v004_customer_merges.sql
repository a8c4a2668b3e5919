-- Schema v4: merged duplicates (undo records, other identities, pairs said to be two people).
CREATE TABLE customer_merges (
	id INTEGER NOT NULL,
	keep_id INTEGER NOT NULL,
	other_id INTEGER NOT NULL,
	merged_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
	snapshot_json TEXT NOT NULL,
	undone_at DATETIME,
	CONSTRAINT pk_customer_merges PRIMARY KEY (id)
);
CREATE INDEX ix_customer_merges_keep_id ON customer_merges (keep_id);

CREATE TABLE customer_identities (
	id INTEGER NOT NULL,
	customer_id INTEGER NOT NULL,
	kind TEXT NOT NULL,
	value TEXT NOT NULL,
	merge_id INTEGER,
	CONSTRAINT pk_customer_identities PRIMARY KEY (id),
	CONSTRAINT fk_customer_identities_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE CASCADE
);
CREATE INDEX ix_customer_identities_customer_id ON customer_identities (customer_id);
CREATE INDEX ix_customer_identities_merge_id ON customer_identities (merge_id);

CREATE TABLE duplicate_dismissals (
	low_id INTEGER NOT NULL,
	high_id INTEGER NOT NULL,
	dismissed_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
	CONSTRAINT pk_duplicate_dismissals PRIMARY KEY (low_id, high_id)
);

