//go:build tools

// Package tools pins actionlint, the GitHub Actions workflow linter that `npm test` runs on
// examples/gitops: go.mod and go.sum fix its version and every module it is built from.
package tools

import _ "github.com/rhysd/actionlint/cmd/actionlint"
