"""RDF for kg: namespaces, IRI minting, and turning extracted facts into quads."""
