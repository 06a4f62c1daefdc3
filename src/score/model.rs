//! The fitted model: logistic regression over the features of [`features`], whose weights
//! live in `weights.txt` beside this file and are compiled into the crate.
//!
//! The weights are fitted by `cargo run --release --example train` on the labelled blocks of
//! the appeals corpus (a block is boilerplate when most of its bytes lie in a labelled
//! span). Fitting is Newton's method on the L2-penalised log-likelihood, in `f64`, from zero
//! weights, over the samples in corpus order: deterministic, the same file every run.
//! Features are scaled to about [-1, 1] in [`features::of`], so one penalty fits them all.
//!
//! A linear model rather than trees: boosted trees of depth 2 and 3 were tried, and on
//! publishers held out of the fit they found fewer appeals for more body lost (they learn a
//! publisher's template; the corpus has a few dozen publishers).

use std::fmt::Write as _;
use std::sync::LazyLock;

use super::features::{self, N};

/// Logistic models over [`features::NAMES`]: one pair for texts in a language with a pack,
/// one for texts in a language without one.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Model {
    pub packs: Pair,
    /// Fitted with the language packs left out: a text that no pack reads has none of the
    /// packs' evidence, and the pair fitted with it would wait for evidence that never
    /// comes. Shape, position, voice and the language-free rows carry this pair alone.
    pub bare: Pair,
}

/// The block model and the wall model.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Pair {
    pub weights: [f32; N],
    /// The weights for walls (long blocks without evidence), a model of their own: almost
    /// all walls are article text, and what tells the few that are not (an author bio, a
    /// comment policy, the long paragraph of an appeal) is not what tells a short line.
    pub wall: [f32; N],
}

/// Which pair of a [`Model`] scores a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Reading {
    /// A pack reads the text's language.
    Packs,
    /// No pack does.
    Bare,
}

/// The weights compiled into the crate.
pub(crate) static BUILTIN: LazyLock<Model> = LazyLock::new(|| {
    Model::parse(include_str!("weights.txt")).expect("the built-in weights file parses")
});

impl Model {
    fn pair(&self, reading: Reading) -> &Pair {
        match reading {
            Reading::Packs => &self.packs,
            Reading::Bare => &self.bare,
        }
    }

    /// The log-odds that a block with these features is boilerplate.
    pub(crate) fn logit(&self, reading: Reading, f: &[f32; N]) -> f32 {
        let w = &self.pair(reading).weights;
        w.iter().zip(f).map(|(w, x)| w * x).sum()
    }

    /// The log-odds that a wall with these features is boilerplate.
    pub(crate) fn wall_logit(&self, reading: Reading, f: &[f32; N]) -> f32 {
        let w = &self.pair(reading).wall;
        w.iter().zip(f).map(|(w, x)| w * x).sum()
    }

    /// Reads a weights file: one `name value` line per feature, `wall.name value` per
    /// feature of the wall model, and the same prefixed `bare.` for the pair fitted without
    /// packs, in any order; `#` starts a comment. Every feature must be given once in each,
    /// and no other.
    pub(crate) fn parse(text: &str) -> Result<Model, String> {
        let mut all = [[f32::NAN; N]; 4];
        for (n, line) in text.lines().enumerate() {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let (name, value) = line
                .split_once(char::is_whitespace)
                .ok_or_else(|| format!("line {}: expected `name value`", n + 1))?;
            let (bare, name) = match name.strip_prefix("bare.") {
                Some(name) => (2, name),
                None => (0, name),
            };
            let (weights, name) = match name.strip_prefix("wall.") {
                Some(name) => (&mut all[bare + 1], name),
                None => (&mut all[bare], name),
            };
            let k = features::NAMES
                .iter()
                .position(|&f| f == name)
                .ok_or_else(|| format!("line {}: unknown feature `{name}` (retrain)", n + 1))?;
            if !weights[k].is_nan() {
                return Err(format!("line {}: `{name}` given twice", n + 1));
            }
            weights[k] = value
                .trim()
                .parse()
                .map_err(|e| format!("line {}: {e}", n + 1))?;
        }
        for (prefix, weights) in PREFIXES.iter().zip(&all) {
            if let Some(k) = weights.iter().position(|w| w.is_nan()) {
                return Err(format!(
                    "feature `{prefix}{}` has no weight (retrain)",
                    features::NAMES[k]
                ));
            }
        }
        Ok(Model {
            packs: Pair {
                weights: all[0],
                wall: all[1],
            },
            bare: Pair {
                weights: all[2],
                wall: all[3],
            },
        })
    }

    /// The weights file for this model.
    pub(crate) fn to_text(&self, header: &str) -> String {
        let mut out = String::new();
        for line in header.lines() {
            let _ = writeln!(out, "# {line}");
        }
        let sets = [
            &self.packs.weights,
            &self.packs.wall,
            &self.bare.weights,
            &self.bare.wall,
        ];
        for (prefix, weights) in PREFIXES.iter().zip(sets) {
            for (name, w) in features::NAMES.iter().zip(weights) {
                let _ = writeln!(out, "{prefix}{name} {w:.5}");
            }
        }
        out
    }
}

/// The prefixes of the four weight sets in a weights file, in [`Model`]'s order.
const PREFIXES: [&str; 4] = ["", "wall.", "bare.", "bare.wall."];

impl Pair {
    /// Fits the block model to `blocks` and the wall model to `walls` (features, is
    /// boilerplate, weight of the sample), each with an L2 penalty `l2` on every weight but
    /// the bias.
    pub(crate) fn fit(
        blocks: &[([f32; N], bool, f32)],
        walls: &[([f32; N], bool, f32)],
        l2: f64,
    ) -> Pair {
        Pair {
            weights: fit_one(blocks, l2),
            wall: fit_one(walls, l2),
        }
    }
}

/// Logistic regression by Newton's method, from zero weights.
fn fit_one(samples: &[([f32; N], bool, f32)], l2: f64) -> [f32; N] {
    {
        let mut w = [0.0f64; N];
        for _ in 0..50 {
            let mut grad = [0.0f64; N];
            let mut hess = vec![[0.0f64; N]; N];
            for (x, y, sw) in samples {
                let z: f64 = w.iter().zip(x).map(|(w, &x)| w * f64::from(x)).sum();
                let p = 1.0 / (1.0 + (-z).exp());
                let sw = f64::from(*sw);
                let r = sw * (p - f64::from(u8::from(*y)));
                let s = sw * p * (1.0 - p);
                for a in 0..N {
                    let xa = f64::from(x[a]);
                    if xa == 0.0 {
                        continue;
                    }
                    grad[a] += r * xa;
                    for b in a..N {
                        hess[a][b] += s * xa * f64::from(x[b]);
                    }
                }
            }
            for a in 0..N {
                let (done, rest) = hess.split_at_mut(a);
                for (b, row) in done.iter().enumerate() {
                    rest[0][b] = row[a];
                }
                let pen = if a == 0 { 1e-6 } else { l2 };
                grad[a] += pen * w[a];
                hess[a][a] += pen;
            }
            let step = solve(hess, grad);
            let mut largest = 0.0f64;
            for a in 0..N {
                w[a] -= step[a];
                largest = largest.max(step[a].abs());
            }
            if largest < 1e-7 {
                break;
            }
        }
        w.map(|w| w as f32)
    }
}

/// Solves `a x = b` for a symmetric positive definite `a` (Cholesky).
#[allow(clippy::needless_range_loop)] // the textbook index form reads best here
fn solve(mut a: Vec<[f64; N]>, mut b: [f64; N]) -> [f64; N] {
    for j in 0..N {
        let mut d = a[j][j];
        for k in 0..j {
            d -= a[j][k] * a[j][k];
        }
        let d = d.max(1e-12).sqrt();
        a[j][j] = d;
        for i in j + 1..N {
            let mut s = a[i][j];
            for k in 0..j {
                s -= a[i][k] * a[j][k];
            }
            a[i][j] = s / d;
        }
    }
    for i in 0..N {
        for k in 0..i {
            b[i] -= a[i][k] * b[k];
        }
        b[i] /= a[i][i];
    }
    for i in (0..N).rev() {
        for k in i + 1..N {
            b[i] -= a[k][i] * b[k];
        }
        b[i] /= a[i][i];
    }
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_weights_parse_and_round_trip() {
        let m = BUILTIN.clone();
        for k in features::BARE_ONLY {
            assert_eq!(
                (m.packs.weights[k], m.packs.wall[k]),
                (0.0, 0.0),
                "`{}` is for the bare pair only",
                features::NAMES[k]
            );
        }
        for pair in [&m.packs, &m.bare] {
            assert!(
                pair.weights.iter().any(|&w| w != 0.0),
                "the built-in weights are fitted"
            );
        }
        assert_ne!(m.packs, m.bare, "the two pairs are fitted apart");
        let again = Model::parse(&m.to_text("header")).unwrap();
        let flat = |m: &Model| -> Vec<f32> {
            [m.packs.weights, m.packs.wall, m.bare.weights, m.bare.wall].concat()
        };
        for (a, b) in flat(&m).iter().zip(&flat(&again)) {
            assert!((a - b).abs() < 1e-4);
        }
    }

    #[test]
    fn a_file_must_name_every_feature_once() {
        assert!(
            Model::parse("bias 1.0")
                .unwrap_err()
                .contains("has no weight")
        );
        let twice = format!("{}bias 2\n", BUILTIN.to_text(""));
        assert!(Model::parse(&twice).unwrap_err().contains("twice"));
        // Each of the four sets must be whole.
        let no_bare: String = BUILTIN
            .to_text("")
            .lines()
            .filter(|l| !l.starts_with("bare.wall."))
            .map(|l| format!("{l}\n"))
            .collect();
        assert!(Model::parse(&no_bare).unwrap_err().contains("bare.wall."));
        assert!(Model::parse("nonsense 1").unwrap_err().contains("unknown"));
    }

    #[test]
    fn fitting_separates_a_separable_feature() {
        // Feature 3 says it all: the fitted weight on it is large and positive, and the
        // model's predictions follow it.
        let mut samples = Vec::new();
        for i in 0..200 {
            let mut x = [0.0f32; N];
            x[0] = 1.0;
            let y = i % 3 == 0;
            x[3] = if y { 1.0 } else { -1.0 };
            x[5] = (i % 7) as f32 / 7.0;
            samples.push((x, y, 1.0));
        }
        // The wall model learns the opposite labels, apart from the block model.
        let flipped: Vec<_> = samples.iter().map(|&(x, y, w)| (x, !y, w)).collect();
        let p = Pair::fit(&samples, &flipped, 0.1);
        assert!(p.weights[3] > 2.0, "{:?}", p.weights);
        assert!(p.wall[3] < -2.0, "{:?}", p.wall);
        let m = Model {
            packs: p.clone(),
            bare: Pair::fit(&flipped, &samples, 0.1),
        };
        for (x, y, _) in &samples {
            assert_eq!(m.logit(Reading::Packs, x) > 0.0, *y);
            assert_eq!(m.wall_logit(Reading::Packs, x) > 0.0, !*y);
            // The bare pair is read apart from the other.
            assert_eq!(m.logit(Reading::Bare, x) > 0.0, !*y);
        }
        // Deterministic: the same samples give the same weights.
        assert_eq!(p, Pair::fit(&samples, &flipped, 0.1));
    }

    #[test]
    fn cholesky_solves_a_small_system() {
        let mut a = vec![[0.0f64; N]; N];
        for (i, row) in a.iter_mut().enumerate() {
            row[i] = 2.0 + i as f64;
        }
        a[0][1] = 1.0;
        a[1][0] = 1.0;
        let mut b = [0.0f64; N];
        b[0] = 3.0;
        b[1] = 4.0;
        let x = solve(a.clone(), b);
        for i in 0..N {
            let lhs: f64 = (0..N).map(|k| a[i][k] * x[k]).sum();
            assert!((lhs - b[i]).abs() < 1e-9);
        }
    }
}
