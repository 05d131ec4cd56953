"""Part-of-speech tagging: UPOS as in the UD Dutch treebanks, with PART for the particle of a
separable verb.

- :mod:`.tagger`: the model at run time (``Tagger.tag`` scores a whole text at once);
- :mod:`.features`: the features, shared by training and run time;
- :mod:`.lexical`: what our word knowledge says a form can be (its lexical classes);
- :mod:`.train`: the stacked averaged perceptron and the training recipe;
- :mod:`.corpus`: the UD treebanks and our annotated learner sentences.

Train with ``python tools/train_tagger.py``; the model is ``model.npz`` beside this file.
"""
