package extract

import (
	"slices"
	"testing"

	"github.com/ccgvet/ccgvet/engine/model"
)

func TestMarkRepeats(t *testing.T) {
	type p = model.Practice
	for _, tt := range []struct {
		name      string
		practices []model.Practice
		want      []int // ListedAt of each
	}{
		{"same code, in other capitals and spacing", []p{
			{Name: "Riverside Surgery", Code: "Y00001", Line: 10},
			{Name: "Hill Top Medical Centre", Code: "Y00002", Line: 11},
			{Name: "Riverside Surgery (branch)", Code: " y00001", Line: 12},
		}, []int{0, 0, 10}},
		{"same name without codes, each repeat at the first", []p{
			{Name: "Riverside Surgery", Line: 10},
			{Name: "riverside  surgery", Line: 14},
			{Name: "Riverside Surgery ", Line: 15},
		}, []int{0, 10, 10}},
		{"same name, different codes", []p{
			{Name: "The Surgery", Code: "Y00001", Line: 10},
			{Name: "The Surgery", Code: "Y00002", Line: 11},
		}, []int{0, 0}},
		{"same name, one with a code", []p{
			{Name: "The Surgery", Code: "Y00001", Line: 10},
			{Name: "The Surgery", Line: 11},
		}, []int{0, 0}},
		{"no name nor code is compared with none", []p{
			{Line: 10},
			{Name: " ", Line: 11},
			{Name: "Riverside Surgery", Line: 12},
			{Name: "Riverside Surgery", Line: 13},
		}, []int{0, 0, 0, 12}},
		{"a code of spaces is no code", []p{
			{Name: "Riverside Surgery", Code: "  ", Line: 10},
			{Name: "Riverside Surgery", Line: 11},
		}, []int{0, 10}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			markRepeats(tt.practices, nil)
			var got []int
			for _, p := range tt.practices {
				got = append(got, p.ListedAt)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("listed at %v, want %v", got, tt.want)
			}
		})
	}
}

func TestMarkRepeatedVotes(t *testing.T) {
	votes := []model.Vote{
		{Practices: []model.PracticeVote{
			{Practice: "Fernley Medical Practice", Code: "K85036", Line: 235},
			{Practice: "Ash Lane Surgery", Line: 236},
			{Practice: "Fernley Practice", Code: "k85036 ", Line: 251},
			{Practice: " ash lane surgery", Line: 252},
			{Practice: "Ash  Lane Surgery", Line: 253},
		}},
		// Each vote on its own: a practice votes once in each.
		{Practices: []model.PracticeVote{
			{Practice: "Fernley Medical Practice", Code: "K85036", Line: 300},
		}},
	}
	markRepeats(nil, votes)
	var got []int
	for _, v := range votes {
		for _, p := range v.Practices {
			got = append(got, p.VotedAt)
		}
	}
	if want := []int{0, 0, 235, 236, 0, 0}; !slices.Equal(got, want) {
		t.Errorf("voted at %v, want %v", got, want)
	}
}
