-- Schema v11: marketing consent as the customer's shop or till recorded it ("Accepts Email
-- Marketing", "Согласие на рассылку"): 1 yes, 0 no, NULL never said. Autopilot sends nothing
-- automatic to a 0; the owner can still write by hand.
ALTER TABLE customers ADD COLUMN marketing_consent BOOLEAN;
