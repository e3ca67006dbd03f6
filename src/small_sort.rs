//! Sorting for the atlas's short lists: the changes of a year, a legend, the territories by size,
//! the events and sister cities of the data (a few hundred items at most, mostly in order
//! already). Each use of std's `sort_by` compiles its own driftsort (about 4 KB of wasm apiece,
//! with its merge, partition and sorting networks); the first-load core sorted ten kinds of list
//! and carried some 10 KB gzip of sorting code for them. An insertion sort is a few dozen bytes
//! per use, stable, and linear on input that is already in order — which the data files are.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in their order (stable).
///
/// ```
/// let mut v = [(2, 'a'), (1, 'b'), (2, 'c'), (0, 'd')];
/// rj_atlas::small_sort::sort_by(&mut v, |x, y| x.0.cmp(&y.0));
/// assert_eq!(v, [(0, 'd'), (1, 'b'), (2, 'a'), (2, 'c')]);
/// ```
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..items.len() {
        // The first place before `i` whose item `items[i]` must stay after.
        let mut at = i;
        while at > 0 && compare(&items[at - 1], &items[i]) == Ordering::Greater {
            at -= 1;
        }
        items[at..=i].rotate_right(1);
    }
}

/// Sorts `items` by the key `key` gives, stably.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in their natural order.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_std_and_keeps_ties_in_order() {
        // A small deterministic generator: many lengths, many ties, runs and reversals.
        let mut seed = 0x2545_f491_u64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for len in 0..200 {
            let mut v: Vec<(u64, usize)> = (0..len).map(|i| (next() % 7, i)).collect();
            if len % 3 == 0 {
                v.reverse();
            }
            let mut expected = v.clone();
            expected.sort_by_key(|x| x.0);
            sort_by_key(&mut v, |x| x.0);
            assert_eq!(v, expected, "length {len}");
        }
        let mut words = ["b", "a", "c", "a"];
        sort(&mut words);
        assert_eq!(words, ["a", "a", "b", "c"]);
        let mut empty: [i32; 0] = [];
        sort(&mut empty);
    }
}
