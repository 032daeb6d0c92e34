module github.com/ccgvet/ccgvet

go 1.26.8
