package diff

// TrackedChange is one change Word tracked in an amended document: who
// made it and when, where Word records them, and the text it inserted or
// deleted. A diff of one Word document lists them beside the governance
// changes they add up to.
type TrackedChange struct {
	// Kind is "insert", "delete", "move from" or "move to".
	Kind   string `json:"kind"`
	Author string `json:"author,omitempty"`
	Date   string `json:"date,omitempty"`
	// Paragraph is the position in the document of the paragraph the
	// change is in (1-based, body order, every paragraph counted whether
	// inserted or deleted), the same in both versions.
	Paragraph int    `json:"paragraph"`
	Text      string `json:"text"`
}
