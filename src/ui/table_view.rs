//! The table view (issue 5, must 6): the same information as the map, as tables — who controlled
//! every territory in the selected year, and the chronology of events. (Being written.)

use super::shared::Shared;
use crate::model::{Atlas, Date, Lang};
use yew::prelude::*;

/// Props of [`TableView`].
#[derive(Properties, PartialEq)]
pub struct TableProps {
    /// The history.
    pub atlas: Shared<Atlas>,
    /// The day the map shows.
    pub date: Date,
    /// The language.
    pub lang: Lang,
}

/// The tables.
#[function_component(TableView)]
pub fn table_view(props: &TableProps) -> Html {
    let _ = (&props.atlas, props.date, props.lang);
    html! { <section class="table-view" data-table-view="true"></section> }
}
