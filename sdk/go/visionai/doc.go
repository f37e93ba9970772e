// Google Cloud Vision AI streaming infrastructure (StreamsService): clusters, streams, events, series and channels.
package visionai
