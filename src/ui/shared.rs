//! Props that are compared by identity. `Rc<T>`'s own `PartialEq` compares the contents, which
//! for the whole atlas (every coordinate of every shape) would cost more than a render; the data
//! never changes after loading, so the same pointer means the same value.

use std::ops::Deref;
use std::rc::Rc;

/// An `Rc` whose equality is pointer equality.
#[derive(Debug)]
pub struct Shared<T>(Rc<T>);

impl<T> Shared<T> {
    /// Shares `value`.
    pub fn new(value: T) -> Shared<T> {
        Shared(Rc::new(value))
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}
