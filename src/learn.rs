//! Training support for the fitted block model: not part of the stable API.
//!
//! The `train` and `eval` examples use it to fit the weights that `src/score/weights.txt`
//! holds and to cross-validate them; nothing else should.

use std::ops::Range;
use std::sync::Arc;

use crate::Cleaner;
use crate::input::compose::Composed;
use crate::score::features;
use crate::score::model::{Model, Pair, Reading};
use crate::score::{Context, reading, samples as block_samples};

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
    /// No pack in use reads the text: the `bare` weights score it.
    pub bare: bool,
    /// The heaviest rules that matched in the block (at most four), with their weights,
    /// and the summed weight of the story's evidence (negative): what `eval --explain`
    /// shows of the hand rules.
    pub rules: Vec<(Arc<str>, f32)>,
    pub body: f32,
}

/// The model's inputs for every block of `text`.
pub fn samples(cleaner: &Cleaner, text: &str, url: Option<&str>) -> Vec<Sample> {
    let host = url.and_then(crate::input::host::url_host);
    let composed = Composed::new(text);
    let (blocks, evidence) = cleaner.scan_text(composed.text(), host);
    let text = composed.text();
    let ctx = Context {
        text,
        host,
        site_names: &[],
        model: None,
    };
    let bare = reading(&cleaner.rules, text, &blocks, &evidence) == Reading::Bare;
    block_samples(&blocks, &evidence, ctx)
        .into_iter()
        .map(|(i, wall, features)| Sample {
            range: composed.input_range(blocks[i].range.clone()),
            wall,
            features,
            bare,
            rules: evidence[i]
                .top
                .iter()
                .map(|&(r, w)| (Arc::clone(cleaner.rules.rule_name(r)), w))
                .collect(),
            body: evidence[i].body,
        })
        .collect()
}

/// Fitted weights.
#[derive(Clone, Debug, PartialEq)]
pub struct Weights(Model);

/// Labelled samples: (features, is boilerplate, sample weight).
pub type Labelled = [([f32; features::N], bool, f32)];

impl Weights {
    /// Fits the weights: the block and wall weights for texts a pack reads to `packs`
    /// (blocks, walls) and those for texts no pack reads to `bare` (the same texts' samples
    /// taken by a cleaner built with `languages(["xx"])`, which leaves the packs out), with
    /// an L2 penalty.
    pub fn fit(packs: (&Labelled, &Labelled), bare: (&Labelled, &Labelled), l2: f64) -> Weights {
        let without = |set: &Labelled| -> Vec<([f32; features::N], bool, f32)> {
            set.iter()
                .map(|&(mut x, y, w)| {
                    for k in features::BARE_ONLY {
                        x[k] = 0.0;
                    }
                    (x, y, w)
                })
                .collect()
        };
        Weights(Model {
            packs: Pair::fit(&without(packs.0), &without(packs.1), l2),
            bare: Pair::fit(bare.0, bare.1, l2),
        })
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

    /// The log-odds of boilerplate for these features (`bare`: of the weights for texts
    /// that no pack reads).
    pub fn logit(&self, bare: bool, features: &[f32; features::N]) -> f32 {
        self.0.logit(pair(bare), features)
    }

    /// The wall model's log-odds of boilerplate for these features.
    pub fn wall_logit(&self, bare: bool, features: &[f32; features::N]) -> f32 {
        self.0.wall_logit(pair(bare), features)
    }
}

fn pair(bare: bool) -> Reading {
    if bare { Reading::Bare } else { Reading::Packs }
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
