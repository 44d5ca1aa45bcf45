// Command template-ast parses Helm template files with text/template/parse (function names are not
// checked: Helm's and sprig's functions need not be known to parse) and prints, as one JSON object, the
// parse trees of every file: {"<file>": {"<template name>": <node>}}, each node {"t": <kind>, ...}.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"text/template/parse"
)

type node map[string]any

func location(tree *parse.Tree, n parse.Node) string {
	loc, _ := tree.ErrorContext(n)
	return loc
}

func convert(tree *parse.Tree, n parse.Node) node {
	if n == nil {
		return nil
	}
	switch x := n.(type) {
	case *parse.ListNode:
		if x == nil {
			return nil
		}
		nodes := []node{}
		for _, c := range x.Nodes {
			if v := convert(tree, c); v != nil {
				nodes = append(nodes, v)
			}
		}
		return node{"t": "list", "nodes": nodes}
	case *parse.ActionNode:
		return node{"t": "action", "pipe": convert(tree, x.Pipe), "loc": location(tree, x)}
	case *parse.PipeNode:
		if x == nil {
			return nil
		}
		decl := []string{}
		for _, v := range x.Decl {
			decl = append(decl, v.Ident[0])
		}
		cmds := []node{}
		for _, c := range x.Cmds {
			cmds = append(cmds, convert(tree, c))
		}
		return node{"t": "pipe", "decl": decl, "assign": x.IsAssign, "cmds": cmds, "loc": location(tree, x)}
	case *parse.CommandNode:
		args := []node{}
		for _, a := range x.Args {
			args = append(args, convert(tree, a))
		}
		return node{"t": "cmd", "args": args, "loc": location(tree, x)}
	case *parse.IdentifierNode:
		return node{"t": "ident", "name": x.Ident}
	case *parse.FieldNode:
		return node{"t": "field", "ident": x.Ident, "loc": location(tree, x)}
	case *parse.VariableNode:
		return node{"t": "var", "ident": x.Ident, "loc": location(tree, x)}
	case *parse.ChainNode:
		return node{"t": "chain", "node": convert(tree, x.Node), "field": x.Field, "loc": location(tree, x)}
	case *parse.DotNode:
		return node{"t": "dot"}
	case *parse.NilNode:
		return node{"t": "nil"}
	case *parse.BoolNode:
		return node{"t": "bool", "value": x.True}
	case *parse.NumberNode:
		return node{"t": "number", "text": x.Text}
	case *parse.StringNode:
		return node{"t": "string", "value": x.Text}
	case *parse.IfNode:
		return node{"t": "if", "pipe": convert(tree, x.Pipe), "list": convert(tree, x.List), "else": convert(tree, x.ElseList)}
	case *parse.RangeNode:
		return node{"t": "range", "pipe": convert(tree, x.Pipe), "list": convert(tree, x.List), "else": convert(tree, x.ElseList)}
	case *parse.WithNode:
		return node{"t": "with", "pipe": convert(tree, x.Pipe), "list": convert(tree, x.List), "else": convert(tree, x.ElseList)}
	case *parse.TemplateNode:
		return node{"t": "template", "name": x.Name, "pipe": convert(tree, x.Pipe), "loc": location(tree, x)}
	default:
		// Text, comments, break and continue read no values.
		return nil
	}
}

func main() {
	out := map[string]map[string]node{}
	for _, file := range os.Args[1:] {
		text, err := os.ReadFile(file)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		trees := map[string]*parse.Tree{}
		t := parse.New(file)
		t.Mode = parse.SkipFuncCheck
		if _, err := t.Parse(string(text), "", "", trees); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		out[file] = map[string]node{}
		for name, tree := range trees {
			out[file][name] = convert(tree, tree.Root)
		}
	}
	enc := json.NewEncoder(os.Stdout)
	if err := enc.Encode(out); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
