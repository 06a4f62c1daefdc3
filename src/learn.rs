//! Training support for the fitted block model: not part of the stable API.
//!
//! The `train` and `eval` examples use it to fit the weights that `src/score/weights.txt`
//! holds and to cross-validate them; nothing else should.

use std::ops::Range;
use std::sync::Arc;

use crate::Cleaner;
use crate::score::features;
use crate::score::model::Model;
use crate::score::{Context, samples as block_samples};

/// The names of the features, in the order of [`Sample::features`].
pub const FEATURES: &[&str] = &features::NAMES;

/// The number of features.
pub const N: usize = features::N;

/// One block that the model scores.
#[derive(Clone, Debug)]
pub struct Sample {
    /// The block's byte range in the text.
    pub range: Range<usize>,
    /// The block is a wall (long, no evidence), which the wall model scores.
    pub wall: bool,
    pub features: [f32; features::N],
}

/// The model's inputs for every block of `text`.
pub fn samples(cleaner: &Cleaner, text: &str, url: Option<&str>) -> Vec<Sample> {
    let host = url.and_then(crate::input::host::url_host);
    let (blocks, evidence) = cleaner.scan_text(text, host);
    let ctx = Context {
        text,
        host,
        site_names: &[],
        model: None,
    };
    block_samples(&blocks, &evidence, ctx)
        .into_iter()
        .map(|(i, wall, features)| Sample {
            range: blocks[i].range.clone(),
            wall,
            features,
        })
        .collect()
}

/// Fitted weights.
#[derive(Clone, Debug, PartialEq)]
pub struct Weights(Model);

impl Weights {
    /// Fits the block weights to `blocks` and the wall weights to `walls`: (features, is
    /// boilerplate, sample weight), with an L2 penalty.
    pub fn fit(
        blocks: &[([f32; features::N], bool, f32)],
        walls: &[([f32; features::N], bool, f32)],
        l2: f64,
    ) -> Weights {
        Weights(Model::fit(blocks, walls, l2))
    }

    /// The weights file, with `header` as its opening comment.
    pub fn to_text(&self, header: &str) -> String {
        self.0.to_text(header)
    }

    /// Reads a weights file.
    pub fn parse(text: &str) -> Result<Weights, String> {
        Model::parse(text).map(Weights)
    }

    /// The weights compiled into the crate.
    pub fn builtin() -> Weights {
        Weights(crate::score::model::BUILTIN.clone())
    }

    /// The log-odds of boilerplate for these features.
    pub fn logit(&self, features: &[f32; features::N]) -> f32 {
        self.0.logit(features)
    }

    /// The wall model's log-odds of boilerplate for these features.
    pub fn wall_logit(&self, features: &[f32; features::N]) -> f32 {
        self.0.wall_logit(features)
    }
}

/// `cleaner` with these weights in place of the built-in ones.
pub fn with_weights(cleaner: &Cleaner, weights: &Weights) -> Cleaner {
    let mut opts = (*cleaner.opts).clone();
    opts.model = Some(Arc::new(weights.0.clone()));
    Cleaner {
        rules: Arc::clone(&cleaner.rules),
        opts: Arc::new(opts),
    }
}
