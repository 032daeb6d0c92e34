// Package language reads the wording of a constitution: it folds text into
// normalised tokens, splits it into sentences, and finds in a sentence the
// phrases of named word sets and the token patterns of frames, all declared
// as policy data (policies/data.yaml, key `language`) and compiled once.
//
// It knows English drafting, not governance: which words name the member
// practices, or approve a variation, is data. Extraction (engine/extract)
// asks it questions of one sentence at a time and builds facts from the
// answers; the policies judge the facts.
//
// Tokens keep byte offsets into the text they came from, so a fact can
// quote its sentence and place it on a line.
package language
