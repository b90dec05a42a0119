â€
co
