package engine

import (
	"context"
	"errors"
	"fmt"

	"github.com/ccgvet/ccgvet/engine/diff"
	"github.com/ccgvet/ccgvet/engine/model"
)

// Diff checks two versions of a constitution and compares them. NEW is
// judged with OLD as its previous version: its change of commissioning
// model is measured against OLD's model. An unreadable file is an error.
// Each version is read and checked within the time limit of one document.
func (e *Engine) Diff(ctx context.Context, oldPath, newPath string) (*diff.Result, error) {
	oldDoc, oldRes, err := e.within(ctx, oldPath)
	if err != nil {
		return nil, describe(oldPath, err)
	}
	ctx, cancel := context.WithTimeout(ctx, e.opts.Timeout)
	defer cancel()
	newDoc, err := e.loadCtx(ctx, newPath)
	if err != nil {
		return nil, describe(newPath, err)
	}
	diff.JudgeAgainst(newDoc, oldDoc)
	newRes, err := e.evaluateCtx(ctx, newDoc)
	if err != nil {
		return nil, describe(newPath, err)
	}
	return diff.Compare(oldDoc, newDoc, &oldRes, &newRes), nil
}

// describe names the file in an error that does not already.
func describe(path string, err error) error {
	var ie *model.InputError
	if errors.As(err, &ie) {
		return err
	}
	return fmt.Errorf("check %s: %w", path, err)
}
