// Relief: progressive enhancement only; every page works without scripts.
