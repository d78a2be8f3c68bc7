//! `new`, `fmt` and `import`: the commands that write records, each run in
//! a temporary register; and the formatter's property test (`props`).

mod props;
