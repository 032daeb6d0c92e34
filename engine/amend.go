package engine

import (
	"context"
	"fmt"

	"github.com/ccgvet/ccgvet/engine/diff"
)

// Diff checks two versions of a constitution and compares them. NEW is
// judged with OLD as its previous version: its change of commissioning
// model is measured against OLD's model. An unreadable file is an error.
func (e *Engine) Diff(ctx context.Context, oldPath, newPath string) (*diff.Result, error) {
	oldDoc, err := Load(oldPath, e.opts.MaxSize)
	if err != nil {
		return nil, err
	}
	newDoc, err := Load(newPath, e.opts.MaxSize)
	if err != nil {
		return nil, err
	}
	oldRes, err := e.Evaluate(ctx, oldDoc)
	if err != nil {
		return nil, fmt.Errorf("check %s: %w", oldPath, err)
	}
	diff.JudgeAgainst(newDoc, oldDoc)
	newRes, err := e.Evaluate(ctx, newDoc)
	if err != nil {
		return nil, fmt.Errorf("check %s: %w", newPath, err)
	}
	return diff.Compare(oldDoc, newDoc, &oldRes, &newRes), nil
}
