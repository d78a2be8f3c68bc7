//! Work on all cores, results in order.
//!
//! [`ordered_map`] maps a list on worker threads and hands the results, in
//! the list's order, to a function on the calling thread: `validate`
//! checks and renders each file on a worker, and the calling thread only
//! writes the rendered bytes, in discovery order, as they come — so output
//! starts at once and memory does not grow with the register. Workers take
//! the items in order, a small batch at a time, and never run more than
//! [`WINDOW`] batches ahead of the writer, so a slow item (or a slow reader
//! of the output) holds back the workers instead of piling up results.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{mpsc, Condvar, Mutex};

use anyhow::Result;

/// How many consecutive items a worker takes at once: one message and one
/// wake-up of the writer per batch, not per item (on 100,000 files, waking
/// the writer for each one cost a sixth of the run in context switches).
const BATCH: usize = 32;

/// How far ahead of the writer the workers may go, in batches.
const WINDOW: usize = 32;

/// Calls `f` on every item on worker threads and `sink` on each result in
/// the order of `items`, on the calling thread. Stops at the first error
/// of `sink`, and returns it.
pub(crate) fn ordered_map<T, R>(
    items: &[T],
    f: impl Fn(&T) -> R + Sync,
    mut sink: impl FnMut(R) -> Result<()>,
) -> Result<()>
where
    T: Sync,
    R: Send,
{
    ordered_map_batches(
        items,
        |batch| batch.iter().map(&f).collect::<Vec<R>>(),
        |results| results.into_iter().try_for_each(&mut sink),
    )
}

/// [`ordered_map`] a batch of consecutive items at a time: `f` gets the
/// batch (at most [`BATCH`] items) and makes one result of it, which
/// `sink` gets in the order of the batches. What a batch makes together
/// (`validate`'s rendered bytes) is one allocation, freed by the calling
/// thread, instead of one per item.
pub(crate) fn ordered_map_batches<T, R>(
    items: &[T],
    f: impl Fn(&[T]) -> R + Sync,
    mut sink: impl FnMut(R) -> Result<()>,
) -> Result<()>
where
    T: Sync,
    R: Send,
{
    let batches = items.len().div_ceil(BATCH);
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(batches);
    if threads <= 1 {
        return items.chunks(BATCH).try_for_each(|batch| sink(f(batch)));
    }
    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    // How many batches the writer has taken, for the window.
    let written = (Mutex::new(0usize), Condvar::new());
    let (tx, rx) = mpsc::sync_channel::<(usize, R)>(WINDOW);
    std::thread::scope(|scope| {
        for _ in 0..threads {
            let tx = tx.clone();
            let (next, stop, written, f) = (&next, &stop, &written, &f);
            scope.spawn(move || loop {
                let b = next.fetch_add(1, Ordering::Relaxed);
                if b >= batches || stop.load(Ordering::Relaxed) {
                    break;
                }
                {
                    let (lock, cvar) = written;
                    let mut done = lock.lock().unwrap_or_else(|e| e.into_inner());
                    while b >= *done + WINDOW && !stop.load(Ordering::Relaxed) {
                        done = cvar.wait(done).unwrap_or_else(|e| e.into_inner());
                    }
                }
                let batch = &items[b * BATCH..((b + 1) * BATCH).min(items.len())];
                if tx.send((b, f(batch))).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        let result = deliver(&rx, batches, &written, &mut sink);
        if result.is_err() {
            stop.store(true, Ordering::Relaxed);
            written.1.notify_all();
        }
        // Unblock workers waiting to send, then let them finish.
        drop(rx);
        result
    })
}

/// Receives the batches' results and hands them to `sink` in order.
fn deliver<R>(
    rx: &mpsc::Receiver<(usize, R)>,
    batches: usize,
    written: &(Mutex<usize>, Condvar),
    sink: &mut impl FnMut(R) -> Result<()>,
) -> Result<()> {
    let mut pending = BTreeMap::new();
    let mut expected = 0;
    while expected < batches {
        let Ok((b, result)) = rx.recv() else { break };
        pending.insert(b, result);
        let before = expected;
        while let Some(result) = pending.remove(&expected) {
            sink(result)?;
            expected += 1;
        }
        if expected > before {
            let (lock, cvar) = written;
            *lock.lock().unwrap_or_else(|e| e.into_inner()) = expected;
            cvar.notify_all();
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_order_whatever_the_work_takes() {
        let items: Vec<u64> = (0..2000).collect();
        let mut seen = Vec::new();
        ordered_map(
            &items,
            |&i| {
                if i % 97 == 0 {
                    std::thread::sleep(std::time::Duration::from_millis(2));
                }
                i * 2
            },
            |r| {
                seen.push(r);
                Ok(())
            },
        )
        .unwrap();
        assert_eq!(seen, items.iter().map(|i| i * 2).collect::<Vec<_>>());
    }

    #[test]
    fn batches_are_consecutive_and_come_in_order() {
        let items: Vec<usize> = (0..1000).collect();
        let mut seen: Vec<Vec<usize>> = Vec::new();
        ordered_map_batches(
            &items,
            |batch| batch.to_vec(),
            |batch| {
                seen.push(batch);
                Ok(())
            },
        )
        .unwrap();
        assert!(seen.iter().all(|b| !b.is_empty() && b.len() <= BATCH));
        assert!(seen.iter().all(|b| b.windows(2).all(|w| w[1] == w[0] + 1)));
        assert_eq!(seen.concat(), items);
    }

    #[test]
    fn an_error_of_the_writer_stops_the_work() {
        let items: Vec<u32> = (0..100_000).collect();
        let done = AtomicUsize::new(0);
        let result = ordered_map(
            &items,
            |_| done.fetch_add(1, Ordering::Relaxed),
            |_| Err(anyhow::anyhow!("closed")),
        );
        assert!(result.is_err());
        assert!(done.load(Ordering::Relaxed) < 10_000, "the workers went on");
    }
}
